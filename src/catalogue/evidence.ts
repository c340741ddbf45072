import { quote } from '../i18n/cases';

/** The words that decide a score, each in quotation marks, joined by an ellipsis: «a» … «b». */
export function evidenceText(evidence: readonly string[]): string {
  return evidence.map(quote).join(' … ');
}
