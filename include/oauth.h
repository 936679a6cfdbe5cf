/* OAuth 2.0 access tokens for an IMAP account with auth = xoauth2 or
 * oauthbearer: read from token_file, or printed by token_command (run
 * each time one is needed, never with the token on a command line), and
 * the SASL initial responses that carry them. The IMAP module sends
 * those; nothing here talks to a server. */
#ifndef OAUTH_H
#define OAUTH_H

#include <stddef.h>

#include "conf.h"

enum oauth_status {
	OAUTH_OK = 0,
	OAUTH_FAILED = -1,	/* token_command failed, timed out or printed
				 * no token: a later run may do better */
	OAUTH_CONFIG = -2,	/* token_file unreadable, readable by others
				 * or holding no token */
};

/* A fresh access token for a. refused says the server refused the last
 * one: token_command then runs with MAILTRIAGE_TOKEN_REFUSED=1 (so a
 * helper skips its cache). The command gets MAILTRIAGE_ACCOUNT and
 * MAILTRIAGE_USER too; its stdout, trimmed, is the token; a few lines of
 * its stderr go into *err on failure (the token never does).
 * OAUTH_OK and *out (free with conf_secret_free, which wipes it), or
 * another enum oauth_status with *err (caller frees). */
int oauth_token(const struct conf_account *a, int refused, char **out,
    char **err);

/* Whether t looks like a bearer token (RFC 6750 2.1 b64token): nothing
 * that could break out of a SASL message or an IMAP line. */
int oauth_token_ok(const char *t);

/* The SASL initial client response for mech, base64-encoded for the
 * IMAP line: XOAUTH2 ("user=U^Aauth=Bearer T^A^A", Google's and
 * Microsoft's definition) or OAUTHBEARER (RFC 7628 3.1: the GS2 header
 * "n,a=U," with U escaped per RFC 5801, then "^Aauth=Bearer T^A^A").
 * Caller frees (wipe it first: it holds the token). */
char *oauth_sasl_response(enum conf_auth mech, const char *user,
    const char *token);

/* The SASL mechanism name: "XOAUTH2" or "OAUTHBEARER" (NULL for
 * CONF_AUTH_PASSWORD). */
const char *oauth_mech_name(enum conf_auth mech);

#endif
