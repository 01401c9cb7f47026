/**
 * Experience and education areas of this field, as clusters: an experience requirement for
 * "computer operation and system support" accepts help desk work; "production support" does not.
 * Shared by the MQ rule parser and the candidate profile parser so both sides speak the same words.
 */

export type Area = 'production' | 'support' | 'programming' | 'analysis' | 'network' | 'database' | 'documentation' | 'supervision';

const CLUSTERS: [Area, RegExp][] = [
  ['production', /production (support|control|services?)|computer operat|operat\w* (of )?(large |the )?(mainframe|data processing|computer)|data (processing|control)|batch|job (scheduling|control|streams?|requests?)|jobstreams?|backup|recovery|storage space|initial program load|\bipl\b|mainframe|tape librar|processing and controlling|computer operator|operations center|data entry/],
  ['support', /help ?desk|assists? users|user (requests|problems)|end-users?|service desk|desktop support|technical support|tech support|\b(system|systems|user|customer|it|pc|computer|end-user|application|software) support|support (analyst|technician|specialist|engineer)|installing and using software|install\w* .{0,20}software|instructing others|troubleshoot|supporting (personal |desktop |end-user )?(computer|pc|user|system)|(maintenance|maintain\w*) or support of|support of [^.;]{0,40}computer|trouble shoot|field tech|it technician|computer technician/],
  ['programming', /programm|software (development|engineer|developer)|developer|application development|development, testing|design, development|coding|web development|development, implementation/],
  ['analysis', /systems? analy|business analy|requirements analy|cost benefit|feasibility|analy\w* of (information|computer)|programmer analyst|data analy/],
  ['network', /network|telecommunication|system admin|systems admin|sysadmin|server admin|infrastructure/],
  ['database', /database|\bdba\b|\bsql\b/],
  ['documentation', /document\w* (of )?information systems|technical writ|documentation/],
  ['supervision', /supervis|\blead\b|manag(er|ement) of/],
];

/** The clusters a phrase belongs to. */
export function areasOf(text: string): Set<Area> {
  const t = text.toLowerCase();
  const out = new Set<Area>();
  for (const [area, re] of CLUSTERS) if (re.test(t)) out.add(area);
  return out;
}

export function overlaps(a: Set<Area>, b: Set<Area>): boolean {
  for (const x of a) if (b.has(x)) return true;
  return false;
}

/** Fields of study that count as computing ("a related field"). */
const COMPUTING = /comput|information (systems|technology|science)|\bit\b|\bcs\b|network|data|software|programming|telecom|cyber|electronics|engineering|mis\b|management information|informatics|web|geographic/;

export function isComputingField(field: string): boolean {
  return COMPUTING.test(field.toLowerCase());
}
