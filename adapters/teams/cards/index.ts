/** Teams cards: every card classbot sends is built by a function in this folder. */
export { renderAnswerCard, type RenderOptions } from './answer.js';
export { renderWelcomeCard, renderNoticeCard, COMMANDS } from './welcome.js';
export { renderFitFormCard, profileFromForm, experienceProblem, targetFromForm, EDUCATION_LEVELS, ALL_SPECS } from './fit-form.js';
export { renderSpecPreview } from './preview.js';
export { cardAttachment } from './elements.js';
export { parseCardData, parseAction, FIT_VERB, type CardData, type CardRequest, type FitFormValues } from './data.js';
export { byteSize, CARD_BYTE_BUDGET } from './size.js';
export { plain } from './text.js';
