/** All shared field extractors, run over a parsed document. */
import type { ClassSpec } from '../../model/spec.js';
import type { Doc } from '../document.js';

type Fields = Omit<ClassSpec, 'id' | 'file' | 'layout' | 'title' | 'titleSource' | 'jurisdiction' | 'series' | 'sections' | 'warnings'>;

export function extractFields(doc: Doc, warnings: string[]): Fields {
  void doc;
  void warnings;
  return { codes: [], pay: [], specialRequirements: [], duties: [], knowledge: [], skills: [], abilities: [] };
}
