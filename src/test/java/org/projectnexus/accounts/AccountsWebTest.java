package org.projectnexus.accounts;

import org.projectnexus.support.ApiTest;

/** Accounts tests share the API test context. */
abstract class AccountsWebTest extends ApiTest {}
