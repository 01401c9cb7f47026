/**
 * The Engine contract: the one channel-neutral entry point every adapter uses.
 * Implementation: createEngine() in src/engine/index.ts (built on a loaded Corpus).
 */
import type { Action, Answer, CandidateProfile } from '../model/answer.js';
import type { ClassSpec, SpecRef } from '../model/spec.js';

export interface Engine {
  /** Every spec loaded, as refs (for App Home, menus, pickers). */
  specs(): SpecRef[];
  /** Full record of one spec by id, or undefined. */
  spec(id: string): ClassSpec | undefined;
  /**
   * Fast title lookup through the engine's title index (pickers, the Teams message extension): best first,
   * partial and misspelt titles welcome; empty text → the first `limit` specs (default 10). Added later: optional.
   */
  searchTitles?(text: string, limit?: number): SpecRef[];

  /**
   * Route a line of user text the way every channel does:
   * "compare A vs B", "similar X", "fit <profile>", "show X", "search …", "help", otherwise ask().
   * Never throws: odd input gets a helpful answer.
   */
  handle(text: string): Answer;
  /** Run a follow-up action (button click) — same answers as handle(). */
  run(action: Action): Answer;

  ask(question: string): Answer;
  show(ref: string): Answer;
  search(terms: string): Answer;
  compare(refs: string[]): Answer;
  similar(ref: string): Answer;
  /** Qualification check; profile as free text or structured (form input). spec: one spec ref, else all specs. */
  fit(profile: string | CandidateProfile, opts?: { spec?: string }): Answer;
  help(): Answer;
}
