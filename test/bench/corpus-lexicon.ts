// Word lists for the benchmark corpus: substitute people and places, outlets, and the page noise that real
// scraped articles carry (navigation, credits, "LIRE |" links).
export const firstNames = [
  'Antoine', 'Camille', 'Claire', 'David', 'Élise', 'François', 'Hélène', 'Hugo', 'Inès', 'Jean', 'Julie', 'Karim', 'Laure',
  'Louis', 'Lucie', 'Marc', 'Marie', 'Mathieu', 'Nadia', 'Nicolas', 'Olivier', 'Pascal', 'Paul', 'Pierre', 'Rachid', 'Sarah',
  'Sophie', 'Thomas', 'Yann', 'Zoé', 'Anna', 'Ben', 'Carlos', 'Diana', 'Emma', 'Frank', 'Grace', 'Henry', 'Ivan', 'James',
  'Kate', 'Liam', 'Maria', 'Noah', 'Olga', 'Peter', 'Rosa', 'Sam', 'Tom', 'Victor', 'Wei', 'Yusuf', 'Akira', 'Chen', 'Dmitri',
  'Fatima', 'Giulia', 'Hans', 'Ingrid', 'Jorge',
];
export const lastNames = [
  'Martin', 'Bernard', 'Dubois', 'Thomas', 'Robert', 'Richard', 'Petit', 'Durand', 'Leroy', 'Moreau', 'Simon', 'Laurent',
  'Lefebvre', 'Michel', 'Garcia', 'David', 'Bertrand', 'Roux', 'Vincent', 'Fournier', 'Morel', 'Girard', 'André', 'Mercier',
  'Dupont', 'Lambert', 'Bonnet', 'François', 'Martinez', 'Legrand', 'Garnier', 'Faure', 'Rousseau', 'Blanc', 'Guerin',
  'Muller', 'Henry', 'Roussel', 'Nicolas', 'Perrin', 'Morin', 'Mathieu', 'Clement', 'Gauthier', 'Dumont', 'Lopez', 'Fontaine',
  'Chevalier', 'Robin', 'Masson', 'Smith', 'Johnson', 'Brown', 'Miller', 'Wilson', 'Taylor', 'Anderson', 'Jackson', 'White',
  'Harris', 'Clark', 'Lewis', 'Walker', 'Young', 'Allen', 'King', 'Wright', 'Scott', 'Green', 'Baker', 'Nakamura', 'Kowalski',
  'Rossi', 'Schmidt', 'Novak', 'Haddad', 'Okafor', 'Silva', 'Ivanov', 'Larsen',
];
// Cities found in the source texts, and their substitutes (each event maps every one of them to one of these).
export const cities = [
  'Pékin', 'Beijing', 'Munich', 'Paris', 'Washington', 'Mayotte', 'Mamoudzou', 'Bali', 'Genève', 'Geneva', 'Berlin', 'Madrid',
  'Rome', 'Londres', 'London', 'Tokyo', 'Séoul', 'Seoul', 'Vienne', 'Vienna', 'Bruxelles', 'Brussels', 'Lisbonne', 'Varsovie',
  'Ankara', 'Le Caire', 'Cairo', 'Nairobi', 'Dakar', 'Lima', 'Ottawa', 'Canberra', 'Jakarta', 'Hanoï', 'Manille', 'Oslo',
];
export const outlets = [
  'AFP', 'Reuters', 'Le Monde', 'Le Figaro', 'Libération', 'France 24', 'BFMTV', 'TF1 Info', 'Ouest-France', 'La Croix',
  'The Guardian', 'AP', 'The Hill', 'Dawn', 'NY Daily News', 'Newser', 'i24news', 'Zonebourse', 'La 1ère', 'RFI',
];
export const noiseLines = [
  'LIRE | {title}',
  'LIRE AUSSI | {title}',
  'Read more: {title}',
  'À lire aussi : {title}',
  'Partager sur Facebook Partager sur Twitter Envoyer par e-mail',
  'Accueil › International › Asie-Pacifique',
  'Home > World > Asia',
  'Publié le {when} Mis à jour le {when}',
  'Photo : AFP',
  '© AFP',
  'Abonnez-vous à notre newsletter',
  'Sign up for our newsletter',
  'Par la rédaction avec AFP',
  'Temps de lecture : 3 min',
];
