/*
 * Passphrases an attacker tries first are refused, with the reason: fewer than 10 characters, one
 * character repeated, digits only, the account's own name, or one of the most common passwords
 * (also with digits or signs after it, or with capitals and spaces).
 */

/** The most used passwords and their Dutch and French counterparts, folded (lower case, no spaces). */
const COMMON = new Set([
  'password', 'passw0rd', 'p@ssw0rd', 'p@ssword', 'wachtwoord', 'wachtw00rd', 'motdepasse', 'geheim', 'secret', 'secreet',
  'qwerty', 'qwertyuiop', 'azerty', 'azertyuiop', 'asdfghjkl', 'qwertz', 'zaq12wsx', '1q2w3e4r', '1q2w3e4r5t', '1qaz2wsx',
  'iloveyou', 'letmein', 'welcome', 'welkom', 'bienvenue', 'admin', 'administrator', 'changeme', 'trustno1', 'abc123',
  'abcdef', 'abcdefgh', 'abcdefghij', 'sunshine', 'princess', 'football', 'voetbal', 'monkey', 'dragon', 'master',
  'superman', 'starwars', 'whatever', 'computer', 'internet', 'test', 'testtest', 'ruggensteun', 'dokter', 'docteur',
  'doctor', 'bedrijfsarts', 'praktijk', 'medecin', 'zomer', 'winter', 'voorjaar', 'lente', 'herfst', 'amsterdam',
  'rotterdam', 'antwerpen', 'bruxelles', 'brussel', 'hallo', 'bonjour', 'hello', 'lamlam', 'soleil', 'chocolat',
]);

/** Lower case without accents, spaces or separators: 'Wacht Woord!' and 'wachtwoord' are the same guess. */
function folded(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[\s._-]+/g, '');
}

export type PassphraseProblem =
  | 'passphraseTooShort'
  | 'passphraseOneCharacter'
  | 'passphraseDigitsOnly'
  | 'passphraseCommon'
  | 'passphraseIsName';

/** Why a new passphrase is refused, or null. `accountName` is the account it is for. */
export function passphraseProblem(passphrase: string, accountName = ''): PassphraseProblem | null {
  if ([...passphrase].length < 10) return 'passphraseTooShort';
  if (new Set(passphrase).size === 1) return 'passphraseOneCharacter';
  const text = folded(passphrase);
  if (new Set(text).size <= 1) return 'passphraseOneCharacter';
  if (/^\d+$/.test(text)) return 'passphraseDigitsOnly';
  const name = folded(accountName);
  if (name !== '' && (text === name || text.replace(/[\d\W]+$/, '') === name)) return 'passphraseIsName';
  // 'Password12', 'wachtwoord2024!', 'qwertyuiop' and repeats such as 'welkomwelkom'.
  const stem = text.replace(/[\d\W_]+$/, '');
  const repeated = /^(.+?)\1+$/.exec(stem)?.[1] ?? stem;
  if (COMMON.has(text) || COMMON.has(stem) || COMMON.has(repeated)) return 'passphraseCommon';
  return null;
}
