/* OAuth 2.0 login for an IMAP account (auth = xoauth2 or oauthbearer):
 * SASL AUTHENTICATE with the access token in the initial response
 * (SASL-IR, RFC 4959), through libetpan's stream and response parser.
 * libetpan has XOAUTH2 (mailimap_oauth2_authenticate) but not
 * OAUTHBEARER, and its cyrus-sasl path has neither here; one exchange
 * of our own serves both, with the error challenge each one expects
 * answered. Tokens come from oauth.c. */
#include <string.h>

#include <glib.h>
#include <libetpan/libetpan.h>

#include "conf.h"
#include "imap.h"
#include "imap-int.h"
#include "log.h"
#include "oauth.h"

int
imap_secret_check(const struct conf_account *a, char **err)
{
	char *secret = NULL;
	int rc;

	if (a->auth == CONF_AUTH_PASSWORD) {
		if ((rc = imap_password(a, &secret, err)) == IMAP_OK)
			imap_password_free(&secret);
		return rc;
	}
	/* token_command runs only when a token is needed. */
	if (a->token_file == NULL)
		return IMAP_OK;
	rc = oauth_token(a, 0, &secret, err);
	conf_secret_free(&secret);
	return rc == OAUTH_OK ? IMAP_OK : IMAP_CONFIG;
}

/* Whether the server offers the account's mechanism and SASL-IR; asked
 * afresh, since STARTTLS voids what was said before (RFC 3501 6.2.1). */
static int
imap_oauth_offered(struct imap_session *s, const char *mech, char **err)
{
	const struct conf_account *a = s->a;
	struct mailimap_capability_data *cap = NULL;
	const char *missing = NULL, *other;
	int r;

	if ((r = mailimap_capability(s->imap, &cap)) != MAILIMAP_NO_ERROR) {
		*err = imap_errf(s, "CAPABILITY failed", r);
		return IMAP_TEMP;
	}
	mailimap_capability_data_free(cap);
	if (!mailimap_has_authentication(s->imap, mech))
		missing = "its AUTH= list does not name it";
	else if (!mailimap_has_extension(s->imap, "SASL-IR"))
		missing = "it does not offer SASL-IR (RFC 4959), which "
		    "mailtriage's OAuth login needs";
	if (missing == NULL)
		return IMAP_OK;
	other = a->auth == CONF_AUTH_XOAUTH2 ? "OAUTHBEARER" : "XOAUTH2";
	*err = g_strdup_printf("account %s: %s:%lu does not offer %s login "
	    "(auth = %s): %s%s%s", a->name, a->host, a->port, mech,
	    a->auth == CONF_AUTH_XOAUTH2 ? "xoauth2" : "oauthbearer", missing,
	    mailimap_has_authentication(s->imap, other) ? "; it offers " : "",
	    mailimap_has_authentication(s->imap, other) ? other : "");
	return IMAP_REFUSED;
}

/* Writes len bytes and flushes: a libetpan code. */
static int
imap_send_raw(mailstream *st, const char *buf, size_t len)
{
	if (mailstream_write(st, buf, len) != (ssize_t)len ||
	    mailstream_flush(st) == -1)
		return MAILIMAP_ERROR_STREAM;
	return MAILIMAP_NO_ERROR;
}

/* "TAG AUTHENTICATE MECH IR". A server that refuses the token first
 * sends its reason as a challenge and waits for an answer: an empty line
 * for XOAUTH2 (Google's definition), %x01 for OAUTHBEARER (RFC 7628
 * 3.2.3); then the tagged NO. Returns MAILIMAP_NO_ERROR,
 * MAILIMAP_ERROR_LOGIN when refused, or another libetpan error. */
static int
imap_authenticate(struct imap_session *s, enum conf_auth auth,
    const char *ir)
{
	mailstream *st = s->imap->imap_stream;
	struct mailimap_response *resp = NULL;
	const char *ack = auth == CONF_AUTH_OAUTHBEARER ? "AQ==\r\n" : "\r\n";
	char *line;
	int r, state;

	if (s->imap->imap_state != MAILIMAP_STATE_NON_AUTHENTICATED)
		return MAILIMAP_ERROR_BAD_STATE;
	line = g_strdup_printf("AUTHENTICATE %s %s\r\n", oauth_mech_name(auth),
	    ir);
	mailstream_set_privacy(st, 0);	/* keep it from libetpan's logger */
	if ((r = mailimap_send_current_tag(s->imap)) == MAILIMAP_NO_ERROR)
		r = imap_send_raw(st, line, strlen(line));
	mailstream_set_privacy(st, 1);
	explicit_bzero(line, strlen(line));
	g_free(line);
	if (r != MAILIMAP_NO_ERROR)
		return r;
	if (mailimap_read_line(s->imap) == NULL)
		return MAILIMAP_ERROR_STREAM;
	if (s->imap->imap_stream_buffer->str[0] == '+' &&
	    (r = imap_send_raw(st, ack, strlen(ack))) != MAILIMAP_NO_ERROR)
		return r;
	/* The challenge, if any, is parsed as part of the response. */
	r = mailimap_parse_response(s->imap, &resp);
	if (r == MAILIMAP_ERROR_PROTOCOL)	/* BAD: refused, as NO is */
		return MAILIMAP_ERROR_LOGIN;
	if (r != MAILIMAP_NO_ERROR)
		return r;
	state = resp->rsp_resp_done->rsp_data.rsp_tagged->rsp_cond_state->
	    rsp_type;
	mailimap_response_free(resp);
	if (state != MAILIMAP_RESP_COND_STATE_OK)
		return MAILIMAP_ERROR_LOGIN;
	s->imap->imap_state = MAILIMAP_STATE_AUTHENTICATED;
	return MAILIMAP_NO_ERROR;
}

/* One AUTHENTICATE with a token got now; refused says the last one was
 * refused. An enum imap_status for a token that could not be had, else
 * IMAP_OK with *r the libetpan code of the exchange. */
static int
imap_oauth_try(struct imap_session *s, int refused, int *r, char **err)
{
	char *tok = NULL, *ir;
	int rc;

	if ((rc = oauth_token(s->a, refused, &tok, err)) != OAUTH_OK)
		return rc == OAUTH_CONFIG ? IMAP_CONFIG : IMAP_REFUSED;
	ir = oauth_sasl_response(s->a->auth, s->a->user, tok);
	conf_secret_free(&tok);
	*r = imap_authenticate(s, s->a->auth, ir);
	explicit_bzero(ir, strlen(ir));
	g_free(ir);
	return IMAP_OK;
}

int
imap_login_oauth(struct imap_session *s, char **err)
{
	const struct conf_account *a = s->a;
	const char *mech = oauth_mech_name(a->auth);
	int r = MAILIMAP_ERROR_LOGIN, rc;

	if ((rc = imap_oauth_offered(s, mech, err)) != IMAP_OK)
		return rc;
	/* An access token lives an hour or so and may have run out since
	 * it was got: a refused one is replaced once. */
	for (int attempt = 0; attempt < 2 && r == MAILIMAP_ERROR_LOGIN;
	    attempt++) {
		if (attempt > 0)
			log_warn("account %s: %s:%lu refused the access token "
			    "(%s); trying once more with a fresh one", a->name,
			    a->host, a->port, s->imap->imap_response != NULL ?
			    s->imap->imap_response : "no reason given");
		if ((rc = imap_oauth_try(s, attempt, &r, err)) != IMAP_OK)
			return rc;
	}
	if (r == MAILIMAP_NO_ERROR)
		return IMAP_OK;
	if (r == MAILIMAP_ERROR_LOGIN) {
		char *what = g_strdup_printf("%s login refused, with a fresh "
		    "token too", mech);
		*err = imap_errf(s, what, r);
		g_free(what);
		return IMAP_REFUSED;
	}
	*err = imap_errf(s, "AUTHENTICATE failed", r);
	return IMAP_TEMP;
}
