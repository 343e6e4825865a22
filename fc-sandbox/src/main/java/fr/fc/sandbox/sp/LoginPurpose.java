package fr.fc.sandbox.sp;

/** Why the citizen logs in at the SP, which decides the scope it asks fc for. */
enum LoginPurpose {
  /** To show who fc identified: the identity scopes of fc.sandbox.sp.scope. */
  IDENTITY,
  /**
   * To show the citizen's tax data: fc.sandbox.sp.tax-data-scope, with DGFiP scopes, then a call to
   * the tax data provider with the access token.
   */
  TAX_DATA
}
