/* Sending one alert over its route's channel: HTTPS with libcurl (the
 * peer and host verified, no redirects, a timeout), a mail through
 * sendmail, or a command with the event on stdin. Secrets (webhook URLs,
 * tokens) are read from their files here and never logged: errors name
 * the route. */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include <curl/curl.h>
#include <glib.h>

#include "alert-send.h"
#include "conf.h"
#include "json.h"
#include "ledger-alert.h"
#include "mailer.h"
#include "module.h"

MT_MODULE;

/* Text for Slack, Mattermost and Rocket.Chat: their markup (<...>,
 * &) escaped and @-mentions broken with a zero-width space, so that a
 * customer's subject cannot ping a channel. Caller frees. */
static char *
alert_chat_text(const char *s)
{
	GString *o = g_string_new(NULL);

	for (; *s != '\0'; s++) {
		if (*s == '&')
			g_string_append(o, "&amp;");
		else if (*s == '<')
			g_string_append(o, "&lt;");
		else if (*s == '>')
			g_string_append(o, "&gt;");
		else if (*s == '@')
			g_string_append(o, "@\xe2\x80\x8b");
		else
			g_string_append_c(o, *s);
	}
	return g_string_free(o, FALSE);
}

/* The body a channel wants. Caller frees. */
static char *
alert_body(const struct conf_alert *r, const struct ledger_alert *a,
    const char *id)
{
	GString *b = g_string_new(NULL);

	switch (r->channel) {
	case CHANNEL_SLACK:
	case CHANNEL_MATTERMOST:
	case CHANNEL_ROCKETCHAT: {
		char *t = alert_chat_text(a->text);

		g_string_append(b, "{\"text\":");
		json_append(b, t);
		g_string_append_c(b, '}');
		g_free(t);
		break;
	}
	case CHANNEL_TEAMS:
		/* An Office 365 connector card. */
		g_string_append(b, "{\"@type\":\"MessageCard\",\"@context\":"
		    "\"https://schema.org/extensions\",\"summary\":");
		json_append(b, a->title);
		g_string_append(b, ",\"title\":");
		json_append(b, a->title);
		g_string_append(b, ",\"text\":");
		json_append(b, a->text);
		g_string_append_c(b, '}');
		break;
	case CHANNEL_MATRIX:
		g_string_append(b, "{\"msgtype\":\"m.text\",\"body\":");
		json_append(b, a->text);
		g_string_append_c(b, '}');
		break;
	default:
		/* The event itself, with its id first. */
		g_string_append(b, "{\"id\":");
		json_append(b, id);
		g_string_append_c(b, ',');
		g_string_append(b, a->payload + 1);
		break;
	}
	return g_string_free(b, FALSE);
}

static size_t
alert_discard(char *p, size_t size, size_t n, void *arg)
{
	(void)p;
	(void)arg;
	return size * n;
}

/* POST (PUT for Matrix) body to url. 0 sent; -1 with *err, *permanent
 * when trying again cannot help (4xx but 408 and 429). */
static int
alert_http(const struct conf_alert *r, const char *url, const char *token,
    const char *body, const char *id, int put, double timeout, char **err,
    int *permanent)
{
	static gsize inited;
	struct curl_slist *h = NULL;
	char ebuf[CURL_ERROR_SIZE] = "";
	char *hv;
	long code = 0;
	CURLcode cc;
	CURL *cu;

	if (g_once_init_enter(&inited)) {
		curl_global_init(CURL_GLOBAL_DEFAULT);
		g_once_init_leave(&inited, 1);
	}
	if ((cu = curl_easy_init()) == NULL) {
		*err = g_strdup("cannot start an HTTP request");
		return -1;
	}
	h = curl_slist_append(h, "Content-Type: application/json");
	hv = g_strdup_printf("Idempotency-Key: %s", id);
	h = curl_slist_append(h, hv);
	g_free(hv);
	if (token != NULL) {
		hv = g_strdup_printf("Authorization: Bearer %s", token);
		h = curl_slist_append(h, hv);
		explicit_bzero(hv, strlen(hv));
		g_free(hv);
	}
	curl_easy_setopt(cu, CURLOPT_URL, url);
	curl_easy_setopt(cu, CURLOPT_HTTPHEADER, h);
	curl_easy_setopt(cu, CURLOPT_POSTFIELDS, body);
	if (put)
		curl_easy_setopt(cu, CURLOPT_CUSTOMREQUEST, "PUT");
	curl_easy_setopt(cu, CURLOPT_PROTOCOLS_STR, "https,http");
	curl_easy_setopt(cu, CURLOPT_FOLLOWLOCATION, 0L);
	curl_easy_setopt(cu, CURLOPT_SSL_VERIFYPEER, 1L);
	curl_easy_setopt(cu, CURLOPT_SSL_VERIFYHOST, 2L);
	if (r->ca_file != NULL)
		curl_easy_setopt(cu, CURLOPT_CAINFO, r->ca_file);
	curl_easy_setopt(cu, CURLOPT_TIMEOUT_MS, (long)(timeout * 1000));
	curl_easy_setopt(cu, CURLOPT_CONNECTTIMEOUT_MS, (long)(timeout * 1000));
	curl_easy_setopt(cu, CURLOPT_NOSIGNAL, 1L);
	curl_easy_setopt(cu, CURLOPT_USERAGENT, "mailtriage/" MT_VERSION);
	curl_easy_setopt(cu, CURLOPT_WRITEFUNCTION, alert_discard);
	curl_easy_setopt(cu, CURLOPT_ERRORBUFFER, ebuf);
	cc = curl_easy_perform(cu);
	if (cc == CURLE_OK)
		curl_easy_getinfo(cu, CURLINFO_RESPONSE_CODE, &code);
	curl_slist_free_all(h);
	curl_easy_cleanup(cu);
	if (cc != CURLE_OK) {
		/* libcurl's message may name the URL's host, never its
		 * path (where a webhook's secret is). */
		*err = g_strdup(*ebuf ? ebuf : curl_easy_strerror(cc));
		*permanent = cc == CURLE_PEER_FAILED_VERIFICATION ||
		    cc == CURLE_SSL_CACERT_BADFILE;
		return -1;
	}
	if (code >= 200 && code < 300)
		return 0;
	*err = g_strdup_printf("the server answered HTTP %ld", code);
	*permanent = code >= 400 && code < 500 && code != 408 && code != 429;
	return -1;
}

/* The command with the event on stdin, killed after the timeout. */
static int
alert_command(const struct conf_alert *r, const char *body, double timeout,
    char **err)
{
	gint64 until = g_get_monotonic_time() + (gint64)(timeout * 1e6);
	int in[2], st = 0;
	pid_t pid, w;

	if (pipe(in) != 0) {
		*err = g_strdup_printf("pipe: %s", g_strerror(errno));
		return -1;
	}
	if ((pid = fork()) < 0) {
		*err = g_strdup_printf("fork: %s", g_strerror(errno));
		close(in[0]);
		close(in[1]);
		return -1;
	}
	if (pid == 0) {
		int null = open("/dev/null", O_WRONLY);

		dup2(in[0], STDIN_FILENO);
		if (null >= 0)
			dup2(null, STDOUT_FILENO);
		close(in[0]);
		close(in[1]);
		execl(r->command, r->command, (char *)NULL);
		_exit(127);
	}
	close(in[0]);
	for (size_t off = 0, len = strlen(body); off < len;) {
		ssize_t n = write(in[1], body + off, len - off);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			break;	/* it did not read: its exit status says */
		off += (size_t)n;
	}
	close(in[1]);
	while ((w = waitpid(pid, &st, WNOHANG)) == 0 &&
	    g_get_monotonic_time() < until)
		g_usleep(10000);
	if (w == 0) {
		kill(pid, SIGKILL);
		waitpid(pid, &st, 0);
		*err = g_strdup_printf("%s took longer than %.0f s", r->command,
		    timeout);
		return -1;
	}
	if (w < 0 || !WIFEXITED(st) || WEXITSTATUS(st) != 0) {
		*err = g_strdup_printf("%s failed (exit %d)", r->command,
		    w > 0 && WIFEXITED(st) ? WEXITSTATUS(st) : -1);
		return -1;
	}
	return 0;
}

/* The mail: the title as subject, the text and the event below. */
static int
alert_mail(const struct conf *c, const struct conf_alert *r,
    const struct ledger_alert *a, const char *id, char **err)
{
	char *subj = mailer_header_text(a->title);
	char *host = g_strdup(g_get_host_name());
	GDateTime *now = g_date_time_new_now_local();
	char *date = g_date_time_format(now, "%a, %d %b %Y %H:%M:%S %z");
	char *msg = g_strdup_printf("From: %s\nTo: %s\nSubject: %s\n"
	    "Date: %s\nMessage-ID: <%s@%s>\nAuto-Submitted: auto-generated\n"
	    "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n"
	    "Content-Transfer-Encoding: 8bit\n\n%s\n\n%s\n", c->notify_from,
	    r->to, subj, date, id, host, a->text, a->payload);
	int rc = mailer_send(c->sendmail, c->notify_from, r->to, msg,
	    strlen(msg), err);

	g_date_time_unref(now);
	g_free(date);
	g_free(subj);
	g_free(host);
	g_free(msg);
	return rc;
}

/* "!room:example.org" as a URL path segment. Caller frees. */
static char *
alert_escape(const char *s)
{
	return g_uri_escape_string(s, NULL, FALSE);
}

int
alert_send_curl(const struct conf *c, const struct conf_alert *r,
    const struct ledger_alert *a, double limit, char **err, int *permanent)
{
	char *id = g_strdup_printf("mailtriage-%lld-%s", a->id, a->event);
	char *body = alert_body(r, a, id), *url = NULL, *token = NULL;
	char *what = NULL;
	double timeout = limit > 0 && limit < r->timeout ? limit : r->timeout;
	int rc = -1;

	*permanent = 0;
	if (timeout < 1)
		timeout = 1;
	switch (r->channel) {
	case CHANNEL_MAIL:
		rc = alert_mail(c, r, a, id, err);
		goto out;
	case CHANNEL_COMMAND:
		rc = alert_command(r, body, timeout, err);
		goto out;
	default:
		break;
	}
	if (r->url_file != NULL) {
		what = g_strdup_printf("alert %s: url_file", r->name);
		if (conf_read_secret(r->url_file, what, &url, err) != 0)
			goto out;
	} else
		url = g_strdup(r->url);
	/* A URL from a file is checked here, as the config's was. */
	if (!conf_url_ok(url)) {
		*err = g_strdup_printf("alert %s: the URL is neither https:// "
		    "nor http:// to this machine", r->name);
		*permanent = 1;
		goto out;
	}
	if (r->token_file != NULL) {
		g_free(what);
		what = g_strdup_printf("alert %s: token_file", r->name);
		if (conf_read_secret(r->token_file, what, &token, err) != 0)
			goto out;
	}
	if (r->channel == CHANNEL_MATRIX) {
		/* The transaction id makes a resend after a crash the same
		 * event to the homeserver: it is shown once. */
		char *room = alert_escape(r->room), *base = url;
		size_t bl = strlen(base);

		while (bl > 0 && base[bl - 1] == '/')
			base[--bl] = '\0';
		url = g_strdup_printf("%s/_matrix/client/v3/rooms/%s/send/"
		    "m.room.message/%s", base, room, id);
		g_free(room);
		explicit_bzero(base, strlen(base));
		g_free(base);
	}
	rc = alert_http(r, url, token, body, id, r->channel == CHANNEL_MATRIX,
	    timeout, err, permanent);
out:
	if (url != NULL) {
		explicit_bzero(url, strlen(url));
		g_free(url);
	}
	if (token != NULL) {
		explicit_bzero(token, strlen(token));
		g_free(token);
	}
	g_free(what);
	g_free(body);
	g_free(id);
	return rc;
}
