// The package version, read once from package.json.
import { readPackageJson } from './paths.ts';

export const VERSION: string = readPackageJson<{ version: string }>('package.json').version;
