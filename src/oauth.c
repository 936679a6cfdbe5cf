/* OAuth 2.0 access tokens for IMAP login, and the SASL messages that
 * carry them. token_command runs under /bin/sh in a process group of
 * its own, so a timeout kills whatever it started; its output is read
 * here, never passed on a command line or logged. */
#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include <glib.h>

#include "conf.h"
#include "log.h"
#include "oauth.h"

#define OAUTH_OUT_MAX (64 * 1024)	/* more is not a token */
#define OAUTH_ERR_MAX 300		/* of stderr, for the log line */

const char *
oauth_mech_name(enum conf_auth mech)
{
	switch (mech) {
	case CONF_AUTH_XOAUTH2:
		return "XOAUTH2";
	case CONF_AUTH_OAUTHBEARER:
		return "OAUTHBEARER";
	default:
		return NULL;
	}
}

int
oauth_token_ok(const char *t)
{
	size_t n = strspn(t, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuv"
	    "wxyz0123456789-._~+/");

	if (n == 0)
		return 0;
	return t[n + strspn(t + n, "=")] == '\0';
}

/* RFC 5801 saslname: ',' and '=' escaped as =2C and =3D. Caller frees. */
static char *
oauth_saslname(const char *user)
{
	GString *s = g_string_new(NULL);

	for (const char *p = user; *p != '\0'; p++) {
		if (*p == ',')
			g_string_append(s, "=2C");
		else if (*p == '=')
			g_string_append(s, "=3D");
		else
			g_string_append_c(s, *p);
	}
	return g_string_free(s, FALSE);
}

char *
oauth_sasl_response(enum conf_auth mech, const char *user, const char *token)
{
	char *raw, *b64, *name;

	if (mech == CONF_AUTH_OAUTHBEARER) {
		name = oauth_saslname(user);
		raw = g_strdup_printf("n,a=%s,\001auth=Bearer %s\001\001", name,
		    token);
		g_free(name);
	} else {
		raw = g_strdup_printf("user=%s\001auth=Bearer %s\001\001", user,
		    token);
	}
	b64 = g_base64_encode((const guchar *)raw, strlen(raw));
	explicit_bzero(raw, strlen(raw));
	g_free(raw);
	return b64;
}

/* In the child, before exec: a process group of its own, and the
 * signals poll blocks or ignores back to normal (both survive exec). */
static void
oauth_child_setup(gpointer data)
{
	sigset_t none;

	(void)data;
	setpgid(0, 0);
	sigemptyset(&none);
	sigprocmask(SIG_SETMASK, &none, NULL);
	signal(SIGPIPE, SIG_DFL);
}

/* Reads what fd has into buf (up to max bytes are kept); 0 at EOF. */
static int
oauth_drain(int fd, GString *buf, size_t max)
{
	char chunk[4096];
	ssize_t n;

	do
		n = read(fd, chunk, sizeof(chunk));
	while (n < 0 && errno == EINTR);
	if (n <= 0)
		return 0;
	if (buf->len < max)
		g_string_append_len(buf, chunk, MIN((size_t)n, max - buf->len));
	return 1;
}

/* Reads the child's stdout and stderr to their ends and reaps it, all
 * before deadline (monotonic, microseconds). 0 and *status, or -1: time
 * is up (the caller kills it). */
static int
oauth_collect(GPid pid, int out_fd, int err_fd, gint64 deadline,
    GString *out, GString *errs, int *status)
{
	struct pollfd p[2] = { { out_fd, POLLIN, 0 }, { err_fd, POLLIN, 0 } };
	pid_t w;

	while (p[0].fd >= 0 || p[1].fd >= 0) {
		gint64 left = deadline - g_get_monotonic_time();
		int r;

		if (left <= 0)
			return -1;
		r = poll(p, 2, (int)MIN(left / 1000 + 1, 1000));
		if (r < 0 && errno != EINTR)
			return -1;
		for (int i = 0; i < 2 && r > 0; i++)
			if (p[i].revents != 0 && !oauth_drain(p[i].fd,
			    i == 0 ? out : errs, i == 0 ? OAUTH_OUT_MAX :
			    OAUTH_ERR_MAX))
				p[i].fd = -1;	/* poll skips it now */
	}
	/* Both closed: it is exiting (or closed them and lingers). */
	while ((w = waitpid(pid, status, WNOHANG)) == 0) {
		if (g_get_monotonic_time() >= deadline)
			return -1;
		g_usleep(10000);
	}
	return w == pid ? 0 : -1;
}

/* stderr for a log line: printable, one line, short, and never the
 * token (should the command have printed it there too). Caller frees. */
static char *
oauth_stderr_text(const GString *errs, const char *token)
{
	char *s = g_strndup(errs->str, errs->len), *p;

	if (token != NULL && *token != '\0')
		while ((p = strstr(s, token)) != NULL)
			memset(p, '*', strlen(token));
	for (p = s; *p != '\0'; p++)
		if ((unsigned char)*p < 0x20 || (unsigned char)*p == 0x7f)
			*p = ' ';
	return g_strstrip(s);
}

/* The environment token_command runs in. Caller frees (g_strfreev). */
static char **
oauth_environ(const struct conf_account *a, int refused)
{
	char **env = g_get_environ();

	env = g_environ_setenv(env, "MAILTRIAGE_ACCOUNT", a->name, TRUE);
	env = g_environ_setenv(env, "MAILTRIAGE_USER", a->user, TRUE);
	if (refused)
		env = g_environ_setenv(env, "MAILTRIAGE_TOKEN_REFUSED", "1",
		    TRUE);
	else
		env = g_environ_unsetenv(env, "MAILTRIAGE_TOKEN_REFUSED");
	return env;
}

/* Why a finished token_command gave no token, or NULL when tok (its
 * stdout, trimmed) holds one. Caller frees. */
static char *
oauth_verdict(const struct conf_account *a, int timed_out, int st,
    const GString *tok)
{
	if (timed_out)
		return g_strdup_printf("took longer than %g s (token_timeout), "
		    "killed", a->token_timeout);
	if (WIFSIGNALED(st))
		return g_strdup_printf("killed by signal %d", WTERMSIG(st));
	if (WEXITSTATUS(st) != 0)
		return g_strdup_printf("exit %d", WEXITSTATUS(st));
	if (*tok->str == '\0')
		return g_strdup("printed no token");
	if (!oauth_token_ok(tok->str))
		return g_strdup("printed something that is not an access "
		    "token (not shown)");
	return NULL;
}

/* Runs token_command; its stdout, trimmed, is the token. */
static int
oauth_command(const struct conf_account *a, int refused, char **out,
    char **err)
{
	char *argv[] = { "/bin/sh", "-c", a->token_command, NULL };
	char **env = oauth_environ(a, refused);
	GString *tok = g_string_new(NULL), *errs = g_string_new(NULL);
	GError *ge = NULL;
	GPid pid = 0;
	int out_fd = -1, err_fd = -1, st = 0, late, rc = OAUTH_FAILED;
	char *why, *text;

	if (!g_spawn_async_with_pipes(NULL, argv, env,
	    G_SPAWN_DO_NOT_REAP_CHILD, oauth_child_setup, NULL, &pid, NULL,
	    &out_fd, &err_fd, &ge)) {
		why = g_strdup(ge->message);
		g_error_free(ge);
	} else {
		late = oauth_collect(pid, out_fd, err_fd,
		    g_get_monotonic_time() + (gint64)(a->token_timeout * 1e6),
		    tok, errs, &st) != 0;
		if (late) {
			kill(-pid, SIGKILL);	/* and what it started */
			kill(pid, SIGKILL);
			waitpid(pid, &st, 0);
		}
		close(out_fd);
		close(err_fd);
		g_strstrip(tok->str);
		why = oauth_verdict(a, late, st, tok);
	}
	text = oauth_stderr_text(errs, tok->str);
	if (why == NULL) {
		rc = OAUTH_OK;
		*out = g_strdup(tok->str);
		if (*text != '\0')
			log_debug("account %s: token_command said: %s", a->name,
			    text);
	} else {
		*err = g_strdup_printf("account %s: token_command failed: "
		    "%s%s%s", a->name, why, *text != '\0' ? "; it said: " : "",
		    text);
	}
	explicit_bzero(tok->str, tok->allocated_len);
	g_string_free(tok, TRUE);
	g_string_free(errs, TRUE);
	g_free(text);
	g_strfreev(env);
	g_free(why);
	return rc;
}

/* token_file's first line, refused like a password file when others may
 * read it. */
static int
oauth_file(const struct conf_account *a, char **out, char **err)
{
	char *what = g_strdup_printf("account %s: token_file", a->name);
	int rc = OAUTH_CONFIG;

	if (conf_read_secret(a->token_file, what, out, err) != 0)
		goto out;
	g_strstrip(*out);
	if (!oauth_token_ok(*out)) {
		conf_secret_free(out);
		*err = g_strdup_printf("%s %s does not hold an access token "
		    "(its first line has characters a token cannot have)",
		    what, a->token_file);
		goto out;
	}
	rc = OAUTH_OK;
out:
	g_free(what);
	return rc;
}

int
oauth_token(const struct conf_account *a, int refused, char **out,
    char **err)
{
	*out = NULL;
	*err = NULL;
	if (a->token_file != NULL)
		return oauth_file(a, out, err);
	return oauth_command(a, refused, out, err);
}
