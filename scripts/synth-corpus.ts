/**
 * Deterministic synthetic corpus: N class-spec documents in the same text layouts as the real ones
 * (Kentucky new and old, Provo, a state help-desk spec, an essential-task list, an LA job bulletin), so
 * benchmarks and tests exercise the real parser and index rather than a shortcut.
 *
 *   npm run corpus:synth -- --count 1000 --out /tmp/corpus [--seed 42]
 *
 * Document i depends only on (seed, i): a corpus of 1,000 is the first 1,000 files of a corpus of 10,000.
 * Each publisher (jurisdiction + layout) gets distinct titles, so (jurisdiction, title) is unique.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

export type SynthLayout = 'kentucky-new' | 'kentucky-old' | 'provo' | 'state-help-desk' | 'task-list' | 'la-bulletin';

/** What the generator put into one document: what a parser should find there. */
export interface SynthDoc {
  file: string;
  layout: SynthLayout;
  title: string;
  /** Jurisdiction as printed (null: the layout names none). */
  jurisdiction: string | null;
  grade?: string;
  /** Hourly min/mid when the layout prints hourly pay (Kentucky new), monthly min/mid (Kentucky old), annual min/max (LA). */
  pay?: { period: 'hour' | 'month' | 'year'; low: number; high: number };
  /** Minimum years of experience stated (first alternative). */
  experienceYears?: number;
  text: string;
}

// ---------------------------------------------------------------------------------------------
// Randomness: mulberry32 seeded per document from (seed, index) — stable across corpus sizes.

function mulberry32(a: number): () => number {
  return () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Rng {
  private next: () => number;
  constructor(seed: number, index: number) {
    this.next = mulberry32((Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) + Math.imul(index + 1, 0xc2b2ae35)) | 0);
    for (let i = 0; i < 4; i++) this.next();
  }
  float(): number {
    return this.next();
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)] as T;
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  /** k distinct items, in random order. */
  sample<T>(items: readonly T[], k: number): T[] {
    const copy = [...items];
    const out: T[] = [];
    while (out.length < k && copy.length) out.push(copy.splice(Math.floor(this.next() * copy.length), 1)[0] as T);
    return out;
  }
}

// ---------------------------------------------------------------------------------------------
// Vocabulary: domains of public-sector work, each with the words its specs use.

interface Domain {
  name: string;
  group: string;
  area: string;
  fields: string[];
  objects: string[];
}

const D = (name: string, group: string, area: string, fields: string, objects: string): Domain => ({
  name,
  group,
  area,
  fields: fields.split('|'),
  objects: objects.split('|'),
});

const DOMAINS: Domain[] = [
  D('Information Systems', 'INFORMATION MANAGEMENT SYSTEMS', 'computer operation and system support', 'computer science|information systems', 'job streams and batch processes|user accounts and security groups|backup and recovery procedures|system performance logs|mainframe job control language|workstation software deployments'),
  D('Production Support', 'INFORMATION MANAGEMENT SYSTEMS', 'production support', 'computer science|data processing', 'production schedules|job control language|tape libraries and logs|initial program loads|storage allocation|jobstream throughput'),
  D('Help Desk', 'INFORMATION TECHNOLOGY', 'help desk or customer support', 'information technology|computer science', 'password resets|user requests for technical assistance|printer queues|remote connection problems|mobile communication devices|problem tickets'),
  D('Network', 'INFORMATION TECHNOLOGY', 'network administration', 'networking|telecommunications', 'routers and switches|wide area network circuits|firewall rules|wireless access points|cabling configurations|network outage reports'),
  D('Database', 'INFORMATION TECHNOLOGY', 'database administration', 'computer science|information systems', 'database schemas|query performance|database access rights|data integrity checks|replication jobs|stored procedures'),
  D('Programmer', 'INFORMATION TECHNOLOGY', 'computer programming', 'computer science|software engineering', 'application source code|software test plans|program documentation|interface specifications|code reviews|release packages'),
  D('Accounting', 'FISCAL MANAGEMENT', 'accounting or bookkeeping', 'accounting|finance', 'general ledger entries|accounts payable vouchers|bank reconciliations|fixed asset records|journal vouchers|cost allocation plans'),
  D('Budget', 'FISCAL MANAGEMENT', 'budget analysis', 'public administration|finance', 'budget requests|expenditure forecasts|fiscal notes|appropriation schedules|variance reports|spending plans'),
  D('Revenue', 'REVENUE AND TAXATION', 'tax examination or auditing', 'accounting|business administration', 'tax returns|taxpayer accounts|delinquent tax notices|refund claims|audit assessments|revenue collections'),
  D('Procurement', 'PURCHASING AND CONTRACTS', 'purchasing or contract administration', 'business administration|supply chain management', 'requests for proposals|purchase orders|vendor bids|contract amendments|price agreements|supplier performance records'),
  D('Human Resources', 'PERSONNEL ADMINISTRATION', 'personnel or human resources', 'human resources|public administration', 'position classification requests|recruitment plans|personnel actions|benefits enrollments|job class specifications|grievance files'),
  D('Payroll', 'PERSONNEL ADMINISTRATION', 'payroll processing', 'accounting|business administration', 'payroll registers|time and attendance records|wage garnishments|retirement deductions|overtime calculations|payroll adjustments'),
  D('Highway Maintenance', 'TRANSPORTATION', 'highway or road maintenance', 'civil engineering technology|construction management', 'pavement repairs|snow and ice removal routes|roadside mowing schedules|traffic control devices|culvert inspections|equipment work orders'),
  D('Transportation Engineering', 'TRANSPORTATION', 'engineering', 'civil engineering|transportation engineering', 'roadway design plans|traffic studies|bridge inspection reports|right-of-way maps|construction estimates|signal timing plans'),
  D('Water Treatment', 'PUBLIC UTILITIES', 'water or wastewater treatment plant operation', 'environmental science|water technology', 'chlorination equipment|water quality samples|pump stations|filter backwash cycles|treatment plant logs|chemical feed rates'),
  D('Environmental Health', 'ENVIRONMENTAL PROTECTION', 'environmental inspection', 'environmental science|public health', 'food establishment inspections|septic system permits|air quality complaints|hazardous waste manifests|well water samples|enforcement actions'),
  D('Public Health', 'HEALTH SERVICES', 'public health program', 'public health|nursing', 'immunization clinics|disease surveillance reports|health education sessions|case investigations|clinic schedules|community health assessments'),
  D('Nursing', 'HEALTH SERVICES', 'professional nursing', 'nursing|health sciences', 'patient care plans|medication administration records|nursing assessments|infection control procedures|treatment orders|patient charts'),
  D('Social Services', 'SOCIAL SERVICES', 'social work or case management', 'social work|psychology', 'client case files|eligibility determinations|home visit reports|service plans|benefit applications|referrals to community agencies'),
  D('Child Welfare', 'SOCIAL SERVICES', 'child protective services', 'social work|family studies', 'child abuse investigations|foster care placements|family service plans|court reports|safety assessments|adoption home studies'),
  D('Corrections', 'PUBLIC SAFETY', 'correctional or security', 'criminal justice|corrections', 'inmate counts|cell searches|incident reports|visitor logs|contraband inventories|offender classification records'),
  D('Probation', 'PUBLIC SAFETY', 'probation or parole supervision', 'criminal justice|social work', 'offender supervision plans|presentence investigations|drug test results|violation reports|court recommendations|community service placements'),
  D('Emergency Management', 'PUBLIC SAFETY', 'emergency management', 'emergency management|public administration', 'emergency operations plans|disaster exercises|damage assessments|hazard mitigation grants|shelter inventories|warning systems'),
  D('Fire Prevention', 'PUBLIC SAFETY', 'fire inspection or fire suppression', 'fire science|building construction', 'fire code inspections|sprinkler system plans|fire investigation reports|hydrant tests|occupancy permits|public fire safety classes'),
  D('Building Inspection', 'COMMUNITY DEVELOPMENT', 'building construction or inspection', 'construction management|architecture', 'building permit applications|structural inspections|electrical installations|plumbing rough-ins|code violation notices|certificates of occupancy'),
  D('Planning', 'COMMUNITY DEVELOPMENT', 'urban or regional planning', 'urban planning|geography', 'zoning applications|comprehensive plan amendments|subdivision plats|land use maps|environmental reviews|public hearing notices'),
  D('Parks and Recreation', 'PARKS AND RECREATION', 'recreation program', 'recreation management|physical education', 'recreation programs|park facility reservations|playground safety inspections|athletic league schedules|summer camp staffing|volunteer rosters'),
  D('Library', 'EDUCATION AND CULTURE', 'library', 'library science|information science', 'library collections|interlibrary loans|catalog records|reference requests|story time programs|circulation statistics'),
  D('Records Management', 'ADMINISTRATIVE SUPPORT', 'records management or clerical', 'business administration|information management', 'retention schedules|public records requests|archived files|document imaging batches|records inventories|file indexes'),
  D('Office Support', 'ADMINISTRATIVE SUPPORT', 'general clerical or office', 'business administration|office technology', 'correspondence|meeting minutes|office supply orders|appointment calendars|telephone inquiries|data entry batches'),
  D('Fleet Management', 'GENERAL SERVICES', 'fleet or automotive maintenance', 'automotive technology|diesel technology', 'vehicle maintenance schedules|fuel usage reports|repair orders|parts inventories|vehicle inspections|equipment replacement plans'),
  D('Facilities Maintenance', 'GENERAL SERVICES', 'building maintenance or trades', 'building trades|facilities management', 'HVAC systems|preventive maintenance schedules|electrical repairs|boiler inspections|work order requests|facility condition assessments'),
  D('Agriculture', 'AGRICULTURE', 'agricultural inspection', 'agriculture|animal science', 'pesticide applicator licenses|livestock inspections|seed samples|feed and fertilizer labels|weights and measures checks|crop survey data'),
  D('Wildlife', 'NATURAL RESOURCES', 'fish and wildlife management', 'wildlife biology|natural resources', 'wildlife population surveys|hunting license sales|habitat restoration projects|fish stocking records|game law enforcement reports|boat ramp inspections'),
  D('Forestry', 'NATURAL RESOURCES', 'forestry or conservation', 'forestry|natural resources', 'timber sale contracts|wildfire suppression crews|tree planting plans|forest inventory plots|burn permits|landowner assistance requests'),
  D('Unemployment Insurance', 'WORKFORCE DEVELOPMENT', 'unemployment insurance claims', 'business administration|economics', 'benefit claims|employer tax reports|appeal hearings|overpayment determinations|wage records|claimant interviews'),
  D('Workforce Development', 'WORKFORCE DEVELOPMENT', 'employment counseling or job training', 'counseling|education', 'job seeker assessments|training grants|employer job orders|career fairs|apprenticeship agreements|placement reports'),
  D('Legal', 'LEGAL SERVICES', 'legal or paralegal', 'paralegal studies|law', 'legal briefs|administrative hearing files|subpoenas|case law research|settlement agreements|discovery requests'),
  D('Communications', 'PUBLIC INFORMATION', 'public information or journalism', 'communications|journalism', 'news releases|agency web content|social media posts|media inquiries|publication layouts|speech drafts'),
  D('Grants', 'FISCAL MANAGEMENT', 'grants administration', 'public administration|accounting', 'grant applications|subrecipient monitoring reports|federal drawdowns|grant budgets|compliance reviews|closeout packages'),
  D('Statistics', 'RESEARCH AND STATISTICS', 'statistical analysis or research', 'statistics|economics', 'survey samples|statistical reports|research databases|data tables|forecast models|program evaluations'),
  D('Property Appraisal', 'REVENUE AND TAXATION', 'property appraisal', 'real estate|finance', 'property assessments|sales ratio studies|appraisal appeals|parcel maps|exemption applications|valuation models'),
];

const ROLES = [
  'Technician', 'Analyst', 'Specialist', 'Coordinator', 'Supervisor', 'Manager', 'Inspector', 'Clerk',
  'Assistant', 'Officer', 'Administrator', 'Consultant', 'Auditor', 'Planner', 'Investigator', 'Aide',
  'Representative', 'Program Manager', 'Advisor', 'Examiner',
];
/** Title levels: roman numerals (the series level) and prefixes. */
const LEVELS = ['I', 'II', 'III', 'IV', 'V', 'Senior', 'Principal', 'Lead'];
const TITLE_SPACE = DOMAINS.length * ROLES.length * LEVELS.length;

const VERBS = [
  'Coordinates', 'Reviews', 'Maintains', 'Analyzes', 'Prepares', 'Monitors', 'Inspects', 'Schedules',
  'Processes', 'Evaluates', 'Develops', 'Assists with', 'Investigates', 'Verifies', 'Tracks', 'Audits',
  'Organizes', 'Documents', 'Approves', 'Compiles',
];
const PURPOSES = [
  'to ensure compliance with agency policy and applicable regulations',
  'in accordance with established procedures',
  'under the direction of the unit supervisor',
  'to resolve problems and improve service to the public',
  'to meet program deadlines and reporting requirements',
  'and recommends corrective action when needed',
  'using automated systems and standard office software',
  'and maintains accurate records of the results',
  'to support management decisions',
  'and explains findings to staff and the public',
];
const GENERIC_DUTIES = [
  'Trains and assists new staff in unit procedures.',
  'Answers inquiries from the public, other agencies and staff.',
  'Prepares periodic reports on unit activities and workload.',
  'Attends meetings and training sessions as required.',
  'Operates a personal computer and standard office equipment.',
  'Maintains files and records in paper and electronic form.',
];
const CONDITIONS = [
  'Incumbents working in this job title typically perform duties in an office setting.',
  'Work is performed in an office setting with occasional travel to field locations.',
  'Work is performed outdoors in all weather conditions and may involve exposure to traffic and heavy equipment.',
  'Work is performed in a plant or shop environment with exposure to noise, chemicals and moving machinery.',
  'Work is performed in a secure facility with contact with offenders.',
];

const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth'];
const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

interface Publisher {
  layout: SynthLayout;
  /** As the document prints it (for the Kentucky layouts, the commonwealth's name). */
  name: string | null;
}

/** Every (layout, jurisdiction) pair; document i belongs to PUBLISHERS[i % length]. */
export const PUBLISHERS: Publisher[] = [
  { layout: 'kentucky-new', name: 'KENTUCKY' },
  { layout: 'provo', name: 'PROVO' },
  { layout: 'la-bulletin', name: 'Los Angeles' },
  { layout: 'kentucky-old', name: 'PENNSYLVANIA' },
  { layout: 'state-help-desk', name: null },
  { layout: 'provo', name: 'OREM' },
  { layout: 'la-bulletin', name: 'San Diego' },
  { layout: 'task-list', name: null },
  { layout: 'kentucky-new', name: 'VIRGINIA' },
  { layout: 'provo', name: 'OGDEN' },
  { layout: 'la-bulletin', name: 'San Jose' },
  { layout: 'kentucky-old', name: 'MASSACHUSETTS' },
  { layout: 'provo', name: 'LOGAN' },
  { layout: 'la-bulletin', name: 'Long Beach' },
  { layout: 'provo', name: 'SANDY' },
  { layout: 'la-bulletin', name: 'Oakland' },
];

// ---------------------------------------------------------------------------------------------
// Helpers

const money = (n: number, decimals = 2): string =>
  n.toLocaleString('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
const round = (n: number, decimals: number): number => Math.round(n * 10 ** decimals) / 10 ** decimals;
const pad = (n: number, width: number): string => String(n).padStart(width, '0');
const titleCase = (s: string): string => s.toLowerCase().replace(/\b[a-z]/g, (c) => c.toUpperCase());
const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
const years = (n: number): string => `${NUMBER_WORDS[n] ?? n} year${n === 1 ? '' : 's'}`;

interface Job {
  domain: Domain;
  role: string;
  level: string;
  levelRank: number;
  title: string;
  grade: number;
  hourlyMin: number;
  hourlyMid: number;
  experienceYears: number;
  education: 'high-school' | 'associate' | 'bachelor' | 'master';
  field: string;
  duties: string[];
  established: Date;
  revised: Date;
  license: boolean;
  drugScreen: boolean;
  probationMonths: number;
  condition: string;
}

/** Title k of a publisher: a stride walk through the title space, offset per publisher, never repeating. */
function titleParts(k: number, publisherIndex: number): { domain: Domain; role: string; level: string; levelRank: number } {
  const stride = 7919; // prime, coprime with TITLE_SPACE
  const t = (((k * stride + publisherIndex * 977) % TITLE_SPACE) + TITLE_SPACE) % TITLE_SPACE;
  const level = LEVELS[t % LEVELS.length] as string;
  const role = ROLES[Math.floor(t / LEVELS.length) % ROLES.length] as string;
  const domain = DOMAINS[Math.floor(t / (LEVELS.length * ROLES.length))] as Domain;
  const rank = { I: 1, II: 2, III: 3, IV: 4, V: 5, Senior: 3, Principal: 4, Lead: 4 }[level] ?? 2;
  return { domain, role, level, levelRank: rank };
}

function makeJob(rng: Rng, k: number, publisherIndex: number): Job {
  const { domain, role, level, levelRank } = titleParts(k, publisherIndex);
  const roman = /^[IV]+$/.test(level);
  const title = roman ? `${domain.name} ${role} ${level}` : `${level} ${domain.name} ${role}`;
  const roleBase = ['Aide', 'Clerk', 'Assistant', 'Technician'].includes(role) ? 6 : ['Manager', 'Administrator', 'Program Manager', 'Supervisor'].includes(role) ? 14 : 10;
  const grade = roleBase + levelRank * 2 + rng.int(0, 2);
  const hourlyMin = round(9.5 + grade * 1.15 + rng.float() * 2, 3);
  const hourlyMid = round(hourlyMin * (1.3 + rng.float() * 0.05), 3);
  const education = roleBase <= 6 ? 'high-school' : levelRank >= 4 && rng.chance(0.3) ? 'master' : rng.chance(0.25) ? 'associate' : 'bachelor';
  const experienceYears = Math.min(6, Math.max(0, levelRank - 1 + (roleBase >= 14 ? 2 : 0) + rng.int(0, 1)));
  const objects = rng.sample(domain.objects, 4);
  const duties = [
    ...objects.map((o) => `${rng.pick(VERBS)} ${o} ${rng.pick(PURPOSES)}.`),
    `${rng.pick(VERBS)} ${rng.pick(domain.objects)} for the ${domain.name.toLowerCase()} program.`,
    ...rng.sample(GENERIC_DUTIES, 2),
  ];
  if (levelRank >= 3) duties.unshift(`Supervises ${domain.name.toLowerCase()} staff, assigns work and reviews completed work for accuracy.`);
  const established = new Date(Date.UTC(rng.int(1975, 2005), rng.int(0, 11), rng.int(1, 28)));
  const revised = new Date(Date.UTC(rng.int(2006, 2024), rng.int(0, 11), rng.int(1, 28)));
  return {
    domain,
    role,
    level,
    levelRank,
    title,
    grade,
    hourlyMin,
    hourlyMid,
    experienceYears,
    education,
    field: rng.pick(domain.fields),
    duties,
    established,
    revised,
    license: rng.chance(0.35),
    drugScreen: rng.chance(0.5),
    probationMonths: rng.pick([6, 6, 12]),
    condition: rng.pick(CONDITIONS),
  };
}

const mdy = (d: Date, sep = '/'): string => `${pad(d.getUTCMonth() + 1, 2)}${sep}${pad(d.getUTCDate(), 2)}${sep}${d.getUTCFullYear()}`;
const monthly = (hourly: number, hours: number): number => round((hourly * hours * 52) / 12, 2);

function educationSentence(job: Job): string {
  switch (job.education) {
    case 'high-school':
      return 'Graduate of a standard high school or GED equivalent.';
    case 'associate':
      return `Graduate of a college or university with an associate's degree in ${job.field} or a related field.`;
    case 'bachelor':
      return "Graduate of a college or university with a bachelor's degree.";
    case 'master':
      return `Graduate of a college or university with a master's degree in ${job.field}.`;
  }
}

function experienceSentence(job: Job): string {
  return job.experienceYears === 0 ? 'None.' : `Must have ${years(job.experienceYears)} of ${job.domain.area} experience.`;
}

function characteristics(rng: Rng, job: Job): string {
  const d = job.domain.name.toLowerCase();
  const lead = job.levelRank >= 3 ? `Coordinates the work of ${d} staff within a unit, or is responsible for a major component of the ${d} program.` : `Performs ${job.levelRank === 1 ? 'entry level' : 'journey level'} ${d} work under ${job.levelRank === 1 ? 'close' : 'general'} supervision.`;
  return `${lead} ${rng.pick(['Responsible for', 'Assists with', 'Participates in'])} ${rng.pick(job.domain.objects)} and ${rng.pick(job.domain.objects)}. ${job.levelRank >= 3 ? 'Supervises, or acts as supervisor in absence of supervisor.' : 'Refers complex problems to higher level staff.'} Analyzes ${d} problems and takes corrective action or seeks assistance from appropriate persons; and performs other duties as required.`;
}

// ---------------------------------------------------------------------------------------------
// Layouts. Boilerplate is copied from the real documents; the variable parts come from the job.

function kentuckyNew(rng: Rng, job: Job, commonwealth: string): { text: string; pay: SynthDoc['pay'] } {
  // One in ten prints the hourly figures with the Kentucky slip ("$13,581" for $13.581), as the seed does.
  const slip = rng.chance(0.1);
  const hourly = (n: number): string => (slip ? money(n, 3).replace('.', ',') : money(n, 3));
  const group = `${pad(rng.int(1, 99) * 100, 4)} - ${job.domain.group}`;
  const text = `



COMMONWEALTH OF ${commonwealth} JOB CLASS SPECIFICATION

${job.title.toUpperCase()}

Job Number: ${20000000 + rng.int(0, 999999)}

Job Code: ${pad(rng.int(10000, 99999), 5)}V${pad(rng.int(0, 999999), 6)}

Job Group: ${group}

Job Established: ${mdy(job.established)}

Job Revised: ${mdy(job.revised)}

Grade: ${job.grade} Salary (MIN - MID):

\\$${hourly(job.hourlyMin)}-\\$${hourly(job.hourlyMid)} - Hourly

\\$${money(monthly(job.hourlyMin, 37.5))}-\\$${money(monthly(job.hourlyMid, 37.5))} - 37.5 Hr. Monthly Salary

\\$${money(monthly(job.hourlyMin, 40))}-\\$${money(monthly(job.hourlyMid, 40))} - 40 Hr. Monthly Salary

Special Entrance Rate:

NONE

NONE

NONE

PROBATIONARY PERIOD:

This job has an initial and promotional probationary period of ${job.probationMonths} months. For additional information refer to: <http://www.lrc.ky.gov/kar/101/001/325.htm>.

CHARACTERISTICS OF THE JOB: *Characteristics of a job are general statements indicating the level of responsibility and discretion of positions in that job classification. These are not intended to be an exhaustive list.*

${characteristics(rng, job)}

MINIMUM REQUIREMENTS:

EDUCATION:

${educationSentence(job)}

EXPERIENCE:

${experienceSentence(job)}

Substitute EDUCATION for EXPERIENCE:

Related technical or vocational training will substitute for the ${job.education === 'high-school' ? 'experience' : "bachelor's degree"} requirement on a year-for-year basis. A master's degree in ${job.field} will substitute for ${job.experienceYears > 1 ? 'one year of ' : ''}the experience requirement.

Substitute EXPERIENCE for EDUCATION:

Experience in ${job.domain.area} will substitute for the ${job.education === 'high-school' ? 'education' : "bachelor's degree"} requirement on a year-for-year basis.

SPECIAL REQUIREMENTS (AGE, LICENSURE, REGULATION, ETC.):

${job.license ? "Must possess a valid driver's license." : 'NONE'}

EXAMPLES OF DUTIES OR RESPONSIBILITIES OF THE JOB CLASSIFICATION: *Examples of duties or responsibilities are not to be construed as describing what the duties or responsibilities of any position shall be and are not to be construed as limiting the appointing authority's ability to assign, or otherwise alter the duties and responsibilities of a position. This is not intended to be an exhaustive list.*

${job.duties.join(' ')}

UNIQUE PHYSICAL REQUIREMENTS:

TYPICAL WORKING CONDITIONS: *Incumbents in the job will typically perform their job duties under these conditions.*

${job.condition}

ADDITIONAL REQUIREMENTS:

${job.drugScreen ? 'Applicants and employees in this job title may be required to submit to a drug screening test and background check.' : 'Upon appointment, employees in this class may be required to maintain a valid driver\'s license and required to drive a licensed vehicle.'}

THE COMMONWEALTH OF ${commonwealth} DOES NOT DISCRIMINATE ON THE BASIS OF RACE, COLOR, RELIGION, SEX, NATIONAL ORIGIN, SEXUAL ORIENTATION OR GENDER IDENTITY, ANCESTRY, AGE, DISABILITY, POLITICAL AFFILIATION, GENETIC INFORMATION OR VETERAN STATUS IN ACCORDANCE WITH STATE AND FEDERAL LAWS.`;
  return { text, pay: { period: 'hour', low: job.hourlyMin, high: job.hourlyMid } };
}

function kentuckyOld(rng: Rng, job: Job, commonwealth: string): { text: string; pay: SynthDoc['pay'] } {
  const low = monthly(job.hourlyMin, 37.5);
  const high = monthly(job.hourlyMid, 37.5);
  const rev = `${pad(job.revised.getUTCMonth() + 1, 2)}-${pad(job.revised.getUTCFullYear() % 100, 2)}`;
  const text = `COMMONWEALTH OF ${commonwealth}

CLASS SPECIFICATION

\tCLASS TITLE:  ${job.title.toUpperCase()}

\tTITLE CODE:  ${rng.int(1000, 9999)}
\tGROUP:   ${job.domain.group}

\tSELECTION METHOD:  ${rng.pick(['100% QUAL', 'WRITTEN TEST', 'TRAINING AND EXPERIENCE'])}               REV. ${rev} 

NO. OF TEST QUESTIONS:

SELECTION ID:  ${rng.int(1000, 9999)}                         EXAM NO.
\tSALARY:  (MIN-MID)  $${low.toFixed(2)} - $${high.toFixed(2)}
GRADE:  ${job.grade}  

SPECIAL ENTRANCE RATE:  No 

\tPOSITIONS IN THIS CLASS GENERALLY REPORT TO:  ${job.levelRank >= 3 ? 'VARIES' : `${job.domain.name.toUpperCase()} SUPERVISOR`}

\tPRIMARY USER AGENCY:  ALL AGENCIES MAY USE THIS CLASS

\t

\tCHARACTERISTICS OF THE CLASS:  CHARACTERISTICS OF A CLASS ARE GENERAL STATEMENTS INDICATING THE LEVEL OF RESPONSIBILITY AND DISCRETION OF POSITIONS IN THAT JOB CLASSIFICATION.

\t${characteristics(rng, job).replace(/\. /g, '.  ')}



\tMINIMUM REQUIREMENTS:  MINIMUM REQUIREMENTS ARE COMPREHENSIVE STATEMENTS OF THE MINIMUM BACKGROUND AS TO EDUCATION, EXPERIENCE, AND OTHER QUALIFICATIONS WHICH WILL BE REQUIRED IN ALL CASES AS EVIDENCE OF AN APPOINTEE'S ABILITY TO PERFORM THE WORK PROPERLY.

\tEDUCATION:  ${educationSentence(job)}

\t

\tEXPERIENCE:  ${experienceSentence(job)}

\t

\tSUBSTITUTION CLAUSE:   

\t

\tEDUCATION:  Related technical or vocational training will substitute for the ${job.education === 'high-school' ? 'experience' : 'bachelor\u2019s degree'} requirement on a year\u2011for\u2011year basis.  A master's degree in ${job.field} will substitute for one year of the experience requirement.

\t

\tEXPERIENCE:  Experience in ${job.domain.area} will substitute for the ${job.education === 'high-school' ? 'education' : "bachelor's degree"} requirement on a year\u2011for\u2011year basis.

\t

\tSPECIAL REQUIREMENTS:  (AGE, LICENSURE, REGULATION, ETC.) 

\t${job.license ? "Must possess a valid driver's license." : 'None'}


\tEXAMPLES OF DUTIES OR RESPONSIBILITIES OF THE CLASSIFICATION:  EXAMPLES OF DUTIES OR RESPONSIBILITIES ARE NOT TO BE CONSTRUED AS DESCRIBING WHAT THE DUTIES OR RESPONSIBILITIES OF ANY POSITION SHALL BE AND ARE NOT TO BE CONSTRUED AS LIMITING THE APPOINTING AUTHORITY'S ABILITY TO ADD TO, OR OTHERWISE ALTER THE DUTIES AND RESPONSIBILITIES OF A POSITION.


${job.duties.join('  ')}

\tTYPICAL WORKING CONDITIONS AND UNIQUE PHYSICAL REQUIREMENTS:  INCUMBENTS IN THIS CLASSIFICATION WILL TYPICALLY PERFORM THEIR PRIMARY JOB DUTIES UNDER THESE CONDITIONS, HOWEVER, THESE CONDITIONS MAY CHANGE ON OCCASION IN PERFORMING THE DUTIES OF AN INDIVIDUAL POSITION.


${job.condition}

\tADDITIONAL REQUIREMENTS:  


${job.drugScreen ? 'Applicants and employees in this classification may be required to submit to a drug screening test and background check.' : 'None.'}  

\tDATE CLASS ESTABLISHED:  ${mdy(job.established)}
\tDATE OF LAST REVISION:  ${mdy(job.revised)}

\tTHE COMMONWEALTH OF ${commonwealth} DOES NOT DISCRIMINATE ON THE BASIS OF RACE, COLOR, RELIGION, NATIONAL ORIGIN, SEX, AGE, DISABILITY, OR VETERAN STATUS IN EMPLOYMENT OR OTHER PROVISION OF SERVICES.  REASONABLE ACCOMMODATIONS ARE PROVIDED UPON REQUEST.

`;
  return { text, pay: { period: 'month', low, high } };
}

function provo(rng: Rng, job: Job, city: string): { text: string } {
  const d = job.revised;
  const eduLabel = job.education === 'high-school' ? 'a High School Diploma' : job.education === 'associate' ? "an Associate's Degree" : job.education === 'master' ? "a Master's Degree" : "a Bachelor's Degree";
  const exp = Math.max(1, job.experienceYears);
  const text = `

${city} CITY CLASSIFICATION SPECIFICATION\t
Title: ${job.title}\tJob Code: ${rng.int(1000, 9999)}
Date: ${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()}\tEEO Code: ${rng.pick(['TE', 'PR', 'OF', 'AS', 'SK'])}
FLSA Designation: ${job.levelRank >= 3 ? 'Exempt' : 'Non-Exempt'}\tCivil Service Status: ${rng.pick(['Covered (Unclassified)', 'Covered (Classified)', 'Not Covered'])}

DEFINITION: This is ${job.levelRank >= 3 ? 'advanced' : 'skilled'} ${job.domain.name.toLowerCase()} work in support of the ${job.domain.objects[0]} and ${job.domain.objects[1]} of the City.

CLASSIFICATION STANDARDS: Positions allocated to this classification are responsible to the ${titleCase(job.domain.name)} Manager or a designated supervisor and perform all work under his/her general supervision. The work of this class differs from that of a lower level ${job.role} by its ability to handle journey level issues independently, and from a higher level ${job.role} by its need for assistance on the more highly complex issues.

ESSENTIAL DUTIES: ${job.duties.map((x, i) => x.replace(/\.$/, '').replace(/^./, (c) => (i ? c.toLowerCase() : c))).join('; ')}; assist other staff and performs other related duties as needed.

MINIMUM REQUIREMENTS: Equivalent to ${eduLabel} in ${job.field} or a related field; and ${NUMBER_WORDS[exp]} (${exp}) year${exp === 1 ? '' : 's'} of ${job.domain.area} experience; **OR** an equivalent combination of job-related education and/or experience [substituting each one year of post-secondary education/training for six months of experience].
${job.license ? "\nLicense(s). A valid, lawful driver's license is required.\n" : ''}
SELECTION FACTORS: Knowledge of: the principles and practices of ${job.domain.name.toLowerCase()}; ${job.domain.objects[2]}; related laws, codes, rules and regulations; policies and procedures established for the work system; basic English composition, spelling, and grammar.

Skill in: ${job.domain.objects[3]}; communicating ideas in a clear and concise manner, both verbally and in writing. **Ability to:** perform work with speed and accuracy; exercise independent judgment; prepare clear, concise, and accurate reports; develop and maintain effective working relationships.

TOOLS AND EQUIPMENT USED: Telephone, personal computers, ${rng.pick(['city vehicles', 'hand and power tools', 'testing equipment', 'copiers and scanners'])}, and a variety of other devices.

PHYSICAL DEMANDS: ${rng.pick(['Light', 'Moderate', 'Heavy'])} physical effort including lifting up to ${rng.pick([20, 40, 50, 75])} pounds; intermittent sitting, standing, and walking.

ENVIRONMENTAL FACTORS: ${job.condition}

NOTE: The above statements are intended to describe the general nature and level of work being performed by the person(s) assigned to this classification. They are not intended to be an exhaustive list of all duties, responsibilities, and skills required of personnel so classified.`;
  return { text };
}

function stateHelpDesk(rng: Rng, job: Job): { text: string; title: string } {
  // The real spec prints no title line: the class is named by its series sentence (series + level).
  const roman = /^[IV]+$/.test(job.level);
  const levelName = (level: string): string => (roman ? `${job.role} ${level}` : `${level} ${job.role}`);
  const ladder = roman ? ['I', 'II', 'III', 'IV', 'V'] : ['Senior', 'Lead', 'Principal'];
  const at = Math.max(0, ladder.indexOf(job.level));
  const first = Math.max(0, Math.min(at - rng.int(0, 2), ladder.length - 3));
  const levels = ladder.slice(first, first + 3).map(levelName);
  const position = at - first;
  const series = job.domain.name;
  const bullets = job.duties.map((x) => `- ${x}`);
  const text = `

DESCRIPTION: Under ${job.levelRank >= 3 ? 'general' : 'close to general'} supervision, ${job.duties[0]?.replace(/\.$/, '').replace(/^./, (c) => c.toLowerCase())}; performs related work as assigned.

DISTINGUISHING CHARACTERISTICS: (A position is assigned to this class based on the scope and level of work performed as outlined below.)

This is the ${ORDINALS[position]} of three levels of the ${series} series: ${levels[0]}, ${levels[1]} and ${levels[2]}. Positions in this series perform different levels of ${job.domain.name.toLowerCase()} work where the classification level is based on the degree of complexity, responsibility, and authority handled.

The ${levelName(job.level)} class is a full performance level where incumbents initially perform routine tasks and will, with training, expand to the full range of responsibilities expected.

EXAMPLES OF WORK: (A position may not be assigned all the duties listed nor do the listed examples include all the duties that may be assigned.)

General Duties:

${bullets.slice(0, 4).join('\n')}

Technical Duties:

${bullets.slice(4).join('\n')}

KNOWLEDGE, SKILLS AND ABILITIES REQUIRED: (These are needed to perform the work assigned.)

Knowledge of: ${job.domain.objects.slice(0, 3).join('; ')}; State and agency rules, regulations, policies, and procedures.

Skill in: ${job.domain.objects[3]}; time management to prioritize personal work activities.

Ability to: exercise initiative; document actions taken and outcomes attained; communicate with others in person, and by telephone, electronic means, and correspondence.

MINIMUM QUALIFICATIONS: (Applicants will be screened for possession of these qualifications. Applicants who need assistance in the selection process must request this in advance.)

${job.education === 'high-school' ? 'High school diploma or equivalent' : `One year of post high school coursework or vocational/technical training in ${job.field}`}, AND ${years(Math.max(1, job.experienceYears))} of experience in ${job.domain.area}. Equivalent combination of education and experience in the areas described above may substitute for these requirements.

SPECIAL NOTES:

State agencies are responsible to evaluate each of their positions to determine the individual overtime eligibility status as required by the Fair Labor Standards Act (FLSA).${rng.chance(0.3) ? "\nSome positions require a valid driver's license." : ''}`;
  return { text, title: `${series} ${levelName(job.level)}` };
}

function taskList(rng: Rng, job: Job): { text: string; title: string } {
  const title = `${job.title} (${rng.pick(['Specialist', 'Generalist', 'Operations', 'Field', 'Central Office'])})`;
  const objects = job.domain.objects;
  const tasks: string[] = [];
  for (let i = 0; tasks.length < 22; i++) {
    const o = objects[i % objects.length] as string;
    tasks.push(`${rng.pick(['Set up', 'Maintain', 'Identify and resolve problems with', 'Track', 'Monitor', 'Evaluate', 'Review and test', 'Document', 'Communicate with staff about', 'Prepare'])} ${o} ${rng.pick(PURPOSES)}.`);
  }
  const text = `

${title}

Essential Task Rating Results

${tasks.map((t, i) => `${i + 1}\t${t}`).join('\n')}`;
  return { text, title };
}

function laBulletin(rng: Rng, job: Job, city: string): { text: string; pay: SynthDoc['pay'] } {
  const low = Math.round(job.hourlyMin * 2088);
  const high = Math.round(low * (1.38 + rng.float() * 0.08));
  const open = job.revised;
  const exp = Math.max(1, job.experienceYears);
  const article = /^[AEIOU]/i.test(job.title) ? 'An' : 'A';
  const lines = `${job.title.toUpperCase()}
Class Code:       ${rng.int(1000, 9999)}
Open Date:  ${mdy(open, '-').replace(/\d{4}$/, (y) => y.slice(2))}
(Exam Open to ${rng.pick(['All, including Current City Employees', 'Current City Employees'])})

ANNUAL SALARY

$${money(low, 0)} to $${money(high, 0)}

NOTES:

1. Candidates from the eligible list are normally appointed to vacancies in the lower pay grade positions.
2. The current salary range is subject to change. You may confirm the starting salary with the hiring department before accepting a job offer.

DUTIES

${article} ${job.title} ${job.duties.slice(0, 4).map((x) => x.replace(/\.$/, '').replace(/^./, (c) => c.toLowerCase())).join('; ')}.

REQUIREMENTS/MINIMUM QUALIFICATIONS

1. ${job.education === 'high-school' ? cap(years(exp)) : `${job.education === 'associate' ? "An associate's" : "A bachelor's"} degree from an accredited college or university in ${job.field} and ${years(exp)}`} of full-time paid experience in ${job.domain.area}; or
2. ${cap(years(exp + 1))} of full-time paid experience as a ${job.domain.name} ${job.role} with the City of ${city}.

Academic credit from an accredited college or university may be substituted for up to two years of the above experience on a year-for-year basis.  Thirty (30) semester units or forty-five (45) quarter units equal one academic year.

PROCESS NOTES

1. Applicants who lack six months or less of the required experience may file for this examination.  However, they cannot be appointed until the full experience requirement is met.
${job.license ? "2. Some positions may require a valid California driver's license. Candidates may not be eligible for appointment to these positions if their record within the last 36 months reflects three or more moving violations and/or at-fault accidents, or a conviction of a major moving violation (such as DUI).\n" : ''}
SELECTION PROCESS

Examination Weight:  ${rng.pick(['Written Test . . . . . . . . . . . . . . . . 100%', 'Interview . . . . . . . . . . . . . . . . 100%'])}

The examination will consist of a test in which candidates may be examined for knowledge of: ${job.domain.objects.slice(2, 5).join('; ')}; and other necessary skills, knowledge and abilities.

The City of ${city} does not discriminate on the basis of race, religion, national origin, sex, age, marital status, sexual orientation, gender identity, gender expression, disability, creed, color, ancestry, medical condition (cancer), or Acquired Immune Deficiency Syndrome.

AN EQUAL EMPLOYMENT OPPORTUNITY EMPLOYER
`;
  // The real bulletins are published with CRLF line endings.
  return { text: lines.replace(/\n/g, '\r\n'), pay: { period: 'year', low, high } };
}

// ---------------------------------------------------------------------------------------------

/** Document i of a corpus seeded with `seed`. Pure: same (seed, i) → same bytes. */
export function synthDoc(seed: number, i: number): SynthDoc {
  const publisherIndex = i % PUBLISHERS.length;
  const publisher = PUBLISHERS[publisherIndex] as Publisher;
  const k = Math.floor(i / PUBLISHERS.length);
  if (k >= TITLE_SPACE) throw new Error(`synth-corpus: at most ${TITLE_SPACE * PUBLISHERS.length} distinct documents`);
  const rng = new Rng(seed, i);
  const job = makeJob(rng, k, publisherIndex);
  const file = `synth-${pad(i, 6)}.txt`;
  const base = { file, layout: publisher.layout, experienceYears: job.experienceYears };
  switch (publisher.layout) {
    case 'kentucky-new': {
      const { text, pay } = kentuckyNew(rng, job, publisher.name ?? 'KENTUCKY');
      return { ...base, title: job.title, jurisdiction: `Commonwealth of ${titleCase(publisher.name ?? '')}`, grade: String(job.grade), pay, text };
    }
    case 'kentucky-old': {
      const { text, pay } = kentuckyOld(rng, job, publisher.name ?? 'KENTUCKY');
      return { ...base, title: job.title, jurisdiction: `Commonwealth of ${titleCase(publisher.name ?? '')}`, grade: String(job.grade), pay, text };
    }
    case 'provo':
      return { ...base, title: job.title, jurisdiction: `${titleCase(publisher.name ?? '')} City`, text: provo(rng, job, publisher.name ?? 'PROVO').text };
    case 'state-help-desk': {
      const { text, title } = stateHelpDesk(rng, job);
      return { ...base, title, jurisdiction: null, text };
    }
    case 'task-list': {
      const { text, title } = taskList(rng, job);
      return { ...base, title, jurisdiction: null, text };
    }
    case 'la-bulletin': {
      const { text, pay } = laBulletin(rng, job, publisher.name ?? 'Los Angeles');
      return { ...base, title: job.title, jurisdiction: `City of ${publisher.name}`, pay, text };
    }
  }
}

/** Documents 0..count-1. */
export function* synthDocs(count: number, seed = 1): Generator<SynthDoc> {
  for (let i = 0; i < count; i++) yield synthDoc(seed, i);
}

/** Write `count` documents into `out` (created when missing). Returns what was written (without the text). */
export async function writeSynthCorpus(opts: { count: number; out: string; seed?: number }): Promise<Omit<SynthDoc, 'text'>[]> {
  await mkdir(opts.out, { recursive: true });
  const written: Omit<SynthDoc, 'text'>[] = [];
  const batch: Promise<void>[] = [];
  for (const doc of synthDocs(opts.count, opts.seed ?? 1)) {
    const { text, ...meta } = doc;
    written.push(meta);
    batch.push(writeFile(join(opts.out, doc.file), text));
    if (batch.length >= 64) await Promise.all(batch.splice(0));
  }
  await Promise.all(batch);
  return written;
}

function parseArgs(argv: string[]): { count: number; out: string; seed: number } {
  const get = (name: string): string | undefined => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const count = Number(get('count') ?? NaN);
  const out = get('out');
  const seed = Number(get('seed') ?? 1);
  if (!Number.isInteger(count) || count < 1) throw new Error('--count N (a positive integer) is required');
  if (!out) throw new Error('--out DIR is required');
  if (!Number.isInteger(seed)) throw new Error('--seed must be an integer');
  return { count, out: resolve(out), seed };
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  try {
    const args = parseArgs(process.argv.slice(2));
    const started = performance.now();
    const docs = await writeSynthCorpus(args);
    const layouts: Record<string, number> = {};
    for (const d of docs) layouts[d.layout] = (layouts[d.layout] ?? 0) + 1;
    console.log(`corpus:synth: wrote ${docs.length} documents to ${args.out} (seed ${args.seed}) in ${Math.round(performance.now() - started)} ms: ${JSON.stringify(layouts)}`);
  } catch (error) {
    console.error(`corpus:synth: ${(error as Error).message}`);
    console.error('usage: npm run corpus:synth -- --count N --out DIR [--seed S]');
    process.exitCode = 2;
  }
}
