/** Who a kommune's identity provider says signed in: what provisioning needs, nothing more. */
export interface FederatedIdentity {
  provider: 'oidc' | 'saml';
  /** The identity provider's entity id (SAML) or issuer URL (OIDC). */
  issuer: string;
  /** The provider's stable id of the person (SAML NameID, OIDC sub). */
  subject: string;
  email: string | null;
  displayName: string | null;
  /** Group (or role) names as the provider sends them. */
  groups: string[];
}
/** Why a provider's answer was not accepted; each code has a Danish text elsewhere. */
export type FederationRefusal =
  | 'invalid-response'
  | 'unsigned'
  | 'expired'
  | 'wrong-audience'
  | 'wrong-issuer'
  | 'replayed'
  | 'state-mismatch';
export class FederationError extends Error {
  constructor(
    readonly refusal: FederationRefusal,
    detail?: string,
  ) {
    super(detail ?? refusal);
  }
}
