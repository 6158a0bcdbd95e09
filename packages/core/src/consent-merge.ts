/**
 * A merge of two records of one person never widens consent (issue 17): the kept record's consent
 * after the merge allows a purpose only when both records' current consents allowed it, and a
 * partner only when both named it. Pure, so the server writes it and the web app shows it before
 * the leader confirms.
 */
export interface ConsentPurposes {
  forRegistration: boolean;
  forStatistics: boolean;
  forPartnerContact: boolean;
  partnerNames: string | null;
}

export const CONSENT_PURPOSES = ['forRegistration', 'forStatistics', 'forPartnerContact'] as const;

/** The partner names of a consent, as written, split at commas, semicolons and line breaks. */
export function partnerList(names: string | null): string[] {
  if (!names) return [];
  return names
    .split(/[,;\n]/)
    .map((name) => name.trim())
    .filter((name) => name.length > 0);
}

const key = (name: string) => name.normalize('NFC').toLocaleLowerCase('da-DK').replace(/\s+/g, ' ');

/** The partners both consents name, in the kept record's spelling and order. */
export function commonPartners(kept: string | null, other: string | null): string[] {
  const theirs = new Set(partnerList(other).map(key));
  const seen = new Set<string>();
  return partnerList(kept).filter((name) => {
    const k = key(name);
    if (!theirs.has(k) || seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** What the kept record may do after the merge: the intersection of the two current consents. */
export function narrowConsent(kept: ConsentPurposes, other: ConsentPurposes): ConsentPurposes {
  const partners =
    kept.forPartnerContact && other.forPartnerContact
      ? commonPartners(kept.partnerNames, other.partnerNames)
      : [];
  const forPartnerContact = partners.length > 0;
  return {
    forRegistration: kept.forRegistration && other.forRegistration,
    forStatistics: kept.forStatistics && other.forStatistics,
    forPartnerContact,
    partnerNames: forPartnerContact ? partners.join(', ') : null,
  };
}

/** The purposes (and partners) the kept record loses by the merge, for the confirmation step. */
export function narrowedPurposes(kept: ConsentPurposes, merged: ConsentPurposes) {
  const purposes = CONSENT_PURPOSES.filter((purpose) => kept[purpose] && !merged[purpose]);
  const keptPartners = kept.forPartnerContact ? partnerList(kept.partnerNames) : [];
  const mergedPartners = new Set(partnerList(merged.partnerNames).map(key));
  return { purposes, partners: keptPartners.filter((name) => !mergedPartners.has(key(name))) };
}
