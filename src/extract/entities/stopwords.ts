// Capitalised words that are never names: sentence-initial function words, adverbs, weekdays, months and
// common headline nouns, fr + en. Folded. Data, not rules: extend freely.
const WORDS = `
le la les l un une des du de d au aux ce cet cette ces ca cela ceci celui celle ceux il ils elle elles on nous vous je j
me moi toi lui leur leurs son sa ses mon ma mes ton ta tes notre nos votre vos qui que qu quoi dont ou et mais donc or ni car
si s quand comme lorsque lorsqu puisque alors ainsi aussi apres avant avec sans sous sur dans pour par entre vers chez
contre depuis pendant selon malgre lors des dès des deja encore toujours jamais plus moins tres trop peu bien mal ici la-bas
cependant pourtant toutefois neanmoins enfin ensuite puis desormais aujourd'hui hier demain jusqu jusque meme
tout tous toute toutes chaque aucun aucune certains certaines plusieurs beaucoup autre autres tel telle
oui non ni voici voila face outre afin quant parmi
c n y en a a-t-il est sont etait ete fait faut peut doit
a l'issue
the a an this that these those there here it its he she they we you i his her their our your my me him them us
and or but nor so yet for of to in on at by with from into onto over under after before during while since until
as if when where why how what which who whom whose because although though however meanwhile moreover also then
still even just only not no yes all any each every some many most more less few several both either neither
is are was were be been being has have had do does did will would can could may might must shall should
according earlier later today yesterday tomorrow tonight now once again already
lundi mardi mercredi jeudi vendredi samedi dimanche
monday tuesday wednesday thursday friday saturday sunday
janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre
january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec
essentiel lire photo photos video videos direct live advertisement publicite breaking news update updates
copyright credit source sources abonnez subscribe newsletter partager share commenter comment comments
read more article articles page accueil home menu rechercher search suivre follow
ouest est nord sud west east north south centre center
mr mrs ms dr m mme mlle mm
madame monsieur sir
`;

/** Folded words that cannot start or be part of a name. */
export const STOPWORDS: ReadonlySet<string> = new Set(WORDS.split(/\s+/).filter(Boolean));

/** Lower-case particles allowed inside a name between capitalised words ("Ursula von der Leyen"). */
export const PARTICLES: ReadonlySet<string> = new Set([
  'de', 'du', 'des', 'd', 'la', 'le', 'van', 'von', 'der', 'den', 'ter', 'ten', 'bin', 'ben', 'ibn', 'al', 'el', 'da',
  'di', 'dos', 'das', 'do', 'del', 'della', 'y', 'af', 'zu',
]);

/** Words that make a capitalised sequence an organisation ("Foreign Ministry", "Comité central"). Folded. */
export const ORG_HEADS: ReadonlySet<string> = new Set(
  `ministere ministry department departement commission comite committee council conseil parti party agence agency
  office bureau union syndicat federation association organisation organization fondation foundation institut institute
  universite university ecole school college academie academy banque bank fonds fund groupe group company compagnie
  corporation corp inc ltd sa sarl gmbh times post news press presse journal tribune herald gazette telegraph radio tv
  television televisions channel chaine media medias network reseau agency armee army navy force forces police
  gendarmerie prefecture mairie senat senate assemblee assembly congres congress parlement parliament cour court tribunal
  conference sommet summit forum ong ngo alliance coalition front mouvement movement hopital hospital service services
  centre center club league ligue airlines airways motors bourse exchange`.split(/\s+/).filter(Boolean),
);

/** Verbs right after a bare capitalised word that show it is a person ("Blinken said", "Qin a déclaré"). Folded. */
export const PERSON_VERBS: ReadonlySet<string> = new Set(
  `said says told added met meets explained insisted stressed warned noted urged wrote asked replied declared announced
  dit declare declare indique souligne ajoute explique estime affirme assure rencontre precise reconnait lance raconte
  admet suppose insiste exhorte reitere repondu repond`.split(/\s+/).filter(Boolean),
);
