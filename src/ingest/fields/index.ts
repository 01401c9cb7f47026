/** All shared field extractors, run over a parsed document. */
import type { ClassSpec } from '../../model/spec.js';
import type { Doc } from '../document.js';
import { extractCodes, extractGrade } from './codes.js';
import { extractDates } from './dates.js';
import { extractDuties, extractKsa } from './lists.js';
import * as misc from './misc.js';
import { extractPay, type InferredPeriod } from './pay.js';
import { extractQualifications } from './qualifications.js';
import { extractSpecialRequirements } from './requirements.js';

type Fields = Omit<ClassSpec, 'id' | 'file' | 'layout' | 'title' | 'titleSource' | 'jurisdiction' | 'series' | 'sections' | 'warnings'>;

const defined = <K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> =>
  (value === undefined ? {} : { [key]: value }) as Partial<Record<K, V>>;

/** Run every extractor. `inferredPay` lists pay ranges whose period the document does not state. */
export function extractFields(doc: Doc, warnings: string[]): { fields: Fields; inferredPay: InferredPeriod[] } {
  const { pay, inferred } = extractPay(doc, warnings);
  const fields: Fields = {
    codes: extractCodes(doc),
    ...defined('grade', extractGrade(doc)),
    pay,
    ...defined('specialEntranceRate', misc.extractSpecialEntranceRate(doc)),
    ...defined('flsa', misc.extractFlsa(doc)),
    ...defined('probation', misc.extractProbation(doc)),
    ...defined('reportsTo', misc.extractReportsTo(doc)),
    ...defined('selectionMethod', misc.extractSelectionMethod(doc)),
    ...defined('civilServiceStatus', misc.extractCivilServiceStatus(doc)),
    ...defined('summary', misc.extractSummary(doc)),
    ...defined('minimumQualifications', extractQualifications(doc)),
    specialRequirements: extractSpecialRequirements(doc),
    duties: extractDuties(doc),
    ...extractKsa(doc),
    ...defined('tools', misc.extractTools(doc)),
    ...defined('physicalDemands', misc.extractPhysicalDemands(doc)),
    ...defined('workingConditions', misc.extractWorkingConditions(doc)),
    ...extractDates(doc),
  };
  return { fields, inferredPay: inferred };
}
