/* The workers of mailtriage lmtpd (lmtpd.h): each serves LMTP sessions
 * one at a time (lmtp.c) and files every recipient's copy by the one
 * filing protocol into its Maildir, replying 250 only once the copy is
 * safe. The parent (cmd-lmtpd.c) binds the sockets, loads the config and
 * keeps the workers running. */
#define _GNU_SOURCE		/* accept4, ppoll */
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <sysexits.h>
#include <time.h>
#include <unistd.h>

#include <glib.h>

#include "ack.h"
#include "alert.h"
#include "cmd.h"
#include "conf.h"
#include "filing.h"
#include "ledger.h"
#include "listen.h"
#include "lmtp.h"
#include "lmtpd.h"
#include "log.h"
#include "maildir.h"
#include "monitor.h"
#include "msg.h"
#include "mt.h"
#include "store.h"
#include "triage.h"

#define LMTPD_MAX_RCPTS 1000
#define LMTPD_MAX_LINE 4096
#define LMTPD_ALERT_BUDGET 5.0		/* seconds, after a session */
#define LMTPD_RECOVER_EVERY (10 * 60)	/* seconds, per ledger */

static volatile sig_atomic_t lmtpd_stop;

static void
lmtpd_on_term(int sig)
{
	(void)sig;
	lmtpd_stop = 1;
}

/* One recipient's Maildir and its ledger, opened once per worker. */
struct lmtpd_box {
	struct conf view;	/* the config with this maildir and ledger */
	char *root, *ledger_path;
	struct ledger *ledger;
	time_t recovered;	/* last filing_recover */
	int dirty;		/* filed since the last alert flush */
	guint64 used;		/* when last used (a counter) */
};

/* Open ledgers a worker keeps (four descriptors each): the least
 * recently used one is closed beyond this. */
#define LMTPD_BOXES_MAX 64

/* A worker's state. */
struct lmtpd {
	const struct cmd_env *env;	/* NULL: the config did not load */
	GHashTable *boxes;		/* root -> struct lmtpd_box */
	char *hostname;
	int events;			/* to the metrics process, or -1 */
	guint64 uses;			/* the boxes' clock */
	const sigset_t *unblocked;	/* the mask while waiting */
};

/* Tells the metrics process (if any) how a recipient's copy went; a
 * full pipe drops the event rather than hold up the mail. */
static void
lmtpd_event(const struct lmtpd *d, const struct triage *t,
    const char *outcome)
{
	char *e;
	ssize_t n;

	if (d->events < 0)
		return;
	e = monitor_event(t, outcome);
	n = write(d->events, e, strlen(e));
	(void)n;
	g_free(e);
}

static void
lmtpd_box_free(gpointer p)
{
	struct lmtpd_box *b = p;

	ledger_close(&b->ledger);
	g_free(b->root);
	g_free(b->ledger_path);
	g_free(b);
}

/* The [lmtp] maildir pattern for rcpt, lower-cased: %u the local part,
 * %d the domain, %a the address, %% a percent sign. Caller frees; NULL
 * when the address cannot name a directory (a '/', "..", a control
 * character, an empty part). */
static char *
lmtpd_expand(const char *pattern, const char *rcpt)
{
	char *addr = g_ascii_strdown(rcpt, -1), *at = strrchr(addr, '@');
	const char *local = addr, *domain = at != NULL ? at + 1 : "";
	GString *out = g_string_new(NULL);
	int bad = 0;

	for (const char *p = addr; *p != '\0' && !bad; p++)
		bad = *p == '/' || (unsigned char)*p < 0x20 || *p == 0x7f;
	if (at != NULL)
		*at = '\0';
	/* "." or ".x" would name the directory above, or a Maildir's own
	 * folders (cur, .Triage.Low) inside another one. */
	bad |= *local == '\0' || *local == '.' || (at != NULL &&
	    (*domain == '\0' || *domain == '.')) || strstr(rcpt, "..") != NULL;
	for (const char *p = pattern; *p != '\0' && !bad; p++) {
		if (*p != '%' || p[1] == '\0') {
			g_string_append_c(out, *p);
			continue;
		}
		p++;
		if (*p == 'u')
			g_string_append(out, local);
		else if (*p == 'd' && *domain != '\0')
			g_string_append(out, domain);
		else if (*p == 'a')
			g_string_append_printf(out, "%s%s%s", local,
			    *domain ? "@" : "", domain);
		else if (*p == '%')
			g_string_append_c(out, '%');
		else
			bad = 1;
	}
	g_free(addr);
	if (bad) {
		g_string_free(out, TRUE);
		return NULL;
	}
	return g_string_free(out, FALSE);
}

/* Whether [lmtp] recipients lets rcpt in (unset: everyone). */
static int
lmtpd_accepts(const struct conf *c, const char *rcpt)
{
	const char *at = strrchr(rcpt, '@');
	char **v;
	int yes = 0;

	if (c->lmtp_recipients == NULL)
		return 1;
	v = g_strsplit_set(c->lmtp_recipients, " \t,", -1);
	for (char **p = v; *p != NULL && !yes; p++)
		yes = **p != '\0' && (g_ascii_strcasecmp(*p, rcpt) == 0 ||
		    (**p == '@' && at != NULL && g_ascii_strcasecmp(*p,
		    at) == 0));
	g_strfreev(v);
	return yes;
}

static char *
lmtpd_rcpt(void *arg, const char *rcpt)
{
	struct lmtpd *d = arg;
	const struct conf *c = d->env->conf;
	char *root;

	if (!lmtpd_accepts(c, rcpt))
		return g_strdup_printf("550 5.1.1 <%s>: no such mailbox here",
		    rcpt);
	if (c->lmtp_maildir == NULL)
		return NULL;
	if ((root = lmtpd_expand(c->lmtp_maildir, rcpt)) == NULL)
		return g_strdup_printf("550 5.1.3 <%s>: not an address a "
		    "mailbox can be named after", rcpt);
	g_free(root);
	return NULL;
}

/* Closes the least recently used box (its alerts flushed first). */
static void
lmtpd_box_evict(struct lmtpd *d)
{
	GHashTableIter it;
	gpointer v;
	struct lmtpd_box *old = NULL;

	g_hash_table_iter_init(&it, d->boxes);
	while (g_hash_table_iter_next(&it, NULL, &v))
		if (old == NULL || ((struct lmtpd_box *)v)->used < old->used)
			old = v;
	if (old->dirty && old->view.nalerts > 0)
		alert_flush(&old->view, old->ledger, time(NULL), 1.0);
	g_hash_table_remove(d->boxes, old->root);
}

/* The recipient's box, its ledger open (made if missing, checked for
 * damage). NULL with *err: the recipient defers. */
static struct lmtpd_box *
lmtpd_box(struct lmtpd *d, const char *rcpt, time_t now, char **err)
{
	const struct conf *c = d->env->conf;
	char *root = c->lmtp_maildir != NULL ? lmtpd_expand(c->lmtp_maildir,
	    rcpt) : g_strdup(c->maildir);
	struct lmtpd_box *b;

	if ((b = g_hash_table_lookup(d->boxes, root)) != NULL) {
		g_free(root);
		b->used = ++d->uses;
		return b;
	}
	if (g_hash_table_size(d->boxes) >= LMTPD_BOXES_MAX)
		lmtpd_box_evict(d);
	b = g_new0(struct lmtpd_box, 1);
	b->used = ++d->uses;
	b->view = *c;
	b->root = root;
	b->ledger_path = c->ledger_configured ? g_strdup(c->ledger) :
	    g_build_filename(root, "mailtriage.db", NULL);
	b->view.maildir = b->root;
	b->view.ledger = b->ledger_path;
	if (maildir_ensure(b->root, "", err) != 0 ||
	    cmd_ledger_write(&b->view, now, &b->ledger, err) != 0) {
		lmtpd_box_free(b);
		return NULL;
	}
	g_hash_table_insert(d->boxes, b->root, b);
	return b;
}

/* A reply line's text from an error: one line, not too long. */
static char *
lmtpd_reason(const char *err)
{
	char *r = g_strndup(err != NULL ? err : "failed", 300);

	g_strdelimit(r, "\r\n", ' ');
	return r;
}

/* Files one recipient's copy: "Return-Path" and "Delivered-To" first, as
 * a local delivery agent writes them. The reply line. */
static char *
lmtpd_file(struct lmtpd *d, const struct lmtp_message *m, const char *rcpt,
    time_t now)
{
	struct filing_result res = { 0 };
	struct triage t;
	struct lmtpd_box *b;
	struct store *st = NULL;
	char *err = NULL, *raw, *reply, *why;
	size_t len;

	if ((b = lmtpd_box(d, rcpt, now, &err)) == NULL) {
		lmtpd_event(d, NULL, MONITOR_DEFERRED);
		why = lmtpd_reason(err);
		log_error("<%s>: not filed, deferring: %s", rcpt, why);
		reply = g_strdup_printf("451 4.3.0 <%s> %s", rcpt, why);
		g_free(why);
		g_free(err);
		return reply;
	}
	{
		/* The bytes as they came, NULs and all. */
		GString *g = g_string_sized_new(m->len + 256);

		g_string_printf(g, "Return-Path: <%s>\nDelivered-To: <%s>\n",
		    m->sender, rcpt);
		g_string_append_len(g, m->data, (gssize)m->len);
		len = g->len;
		raw = g_string_free(g, FALSE);
	}
	{
		struct triage_ctx ctx = { &b->view, d->env->filters,
		    d->env->scratch, d->env->tiers };

		if (triage_classify(&ctx, raw, len, now, &t) != 0) {
			g_free(raw);
			lmtpd_event(d, NULL, MONITOR_DEFERRED);
			return g_strdup_printf("451 4.3.0 <%s> out of memory",
			    rcpt);
		}
	}
	st = store_new(&b->view);
	if (filing_message(st, b->ledger, &t, raw, len, now, &res,
	    &err) != 0) {
		lmtpd_event(d, &t, MONITOR_DEFERRED);
		why = lmtpd_reason(err);
		log_error("<%s>: not filed, deferring: %s", rcpt, why);
		reply = g_strdup_printf("451 4.3.0 <%s> not filed: %s", rcpt,
		    why);
		g_free(why);
		goto out;
	}
	lmtpd_event(d, &t, res.duplicate ? MONITOR_DUPLICATE : MONITOR_FILED);
	log_info("%s rcpt=<%s> message-id=<%s> ticket=%lld priority=%s "
	    "folder=%s%s%s", res.duplicate ? "duplicate, already filed:" :
	    "filed:", rcpt, t.msg != NULL && msg_message_id(t.msg) != NULL ?
	    msg_message_id(t.msg) : "", res.ticket,
	    mt_level_name(t.prio.level), *res.folder ? res.folder : "INBOX",
	    t.error != NULL ? " error=" : "", t.error != NULL ? t.error : "");
	reply = g_strdup_printf("250 2.0.0 <%s> %s ticket #%lld, %s", rcpt,
	    res.duplicate ? "already filed:" : "filed:", res.ticket,
	    mt_level_name(t.prio.level));
	/* Safe and recorded: the customer may hear from us. */
	if (res.ticket > 0)
		ack_after_filing(&b->view, b->ledger, &t, res.ticket, res.row,
		    now);
	if (!res.duplicate)
		ack_bounced(b->ledger, &t, now);
	b->dirty = 1;
out:
	g_free(err);
	filing_result_clear(&res);
	store_free(&st);
	triage_clear(&t);
	g_free(raw);
	return reply;
}

static void
lmtpd_deliver(void *arg, const struct lmtp_message *m, char **replies)
{
	time_t now = time(NULL);

	for (size_t i = 0; i < m->nrcpts; i++)
		replies[i] = lmtpd_file(arg, m, m->rcpts[i], now);
}

/* Between messages and after a session: what earlier runs left, now and
 * then, and the alerts filing queued, within budget seconds in all (a
 * chat server that does not answer holds up no more; sla tries again
 * later). */
static void
lmtpd_after(struct lmtpd *d, double budget)
{
	GHashTableIter it;
	gpointer v;
	time_t now = time(NULL);
	gint64 until = g_get_monotonic_time() + (gint64)(budget * 1e6);

	g_hash_table_iter_init(&it, d->boxes);
	while (g_hash_table_iter_next(&it, NULL, &v)) {
		struct lmtpd_box *b = v;
		double left = (double)(until - g_get_monotonic_time()) / 1e6;
		char *err = NULL;

		if (now - b->recovered >= LMTPD_RECOVER_EVERY) {
			struct store *st = store_new(&b->view);

			b->recovered = now;
			if (filing_recover(st, b->ledger, NULL, now, NULL,
			    &err) < 0) {
				log_warn("%s: finishing earlier deliveries: %s",
				    b->root, err);
				g_clear_pointer(&err, g_free);
			}
			store_free(&st);
		}
		if (b->dirty && b->view.nalerts > 0 && left > 0.1) {
			alert_flush(&b->view, b->ledger, now, left);
			b->dirty = 0;
		}
	}
}

static int
lmtpd_write(int fd, const char *s)
{
	return cmd_write_all(fd, s, strlen(s));
}

/* One session on fd, until QUIT, the client goes, it idles too long, or
 * we stop (between messages). The stop signal is let in only while
 * waiting for the client (ppoll), and checked before every wait. */
static void
lmtpd_session(struct lmtpd *d, int fd)
{
	const struct conf *c = d->env->conf;
	struct lmtp_limits lim = { c->lmtp_max_size, LMTPD_MAX_RCPTS,
	    LMTPD_MAX_LINE };
	struct lmtp_session *s = lmtp_session_new(d->hostname, &lim,
	    lmtpd_rcpt, lmtpd_deliver, d);
	struct timeval tv = { (time_t)c->lmtp_idle_timeout, 0 };
	struct timespec ts = { (time_t)c->lmtp_idle_timeout, 0 };
	char *g = lmtp_session_greeting(s), buf[65536];
	int done = 0, ok;

	/* A client that stops reading our replies holds a worker no
	 * longer than one that stops writing. */
	setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &tv, sizeof(tv));
	ok = lmtpd_write(fd, g) == 0;
	g_free(g);
	while (ok && !done) {
		struct pollfd p = { fd, POLLIN, 0 };
		ssize_t n;
		char *out;
		int r;

		if (lmtpd_stop && lmtp_session_idle(s)) {
			lmtpd_write(fd, "421 4.3.2 shutting down, try again "
			    "later\r\n");
			break;
		}
		if ((r = ppoll(&p, 1, &ts, d->unblocked)) < 0) {
			if (errno == EINTR)
				continue;
			break;
		}
		if (r == 0) {
			log_info("closing an idle LMTP session after %.0f s",
			    c->lmtp_idle_timeout);
			lmtpd_write(fd, "421 4.4.2 idle too long, closing\r\n");
			break;
		}
		if ((n = read(fd, buf, sizeof(buf))) <= 0)
			break;		/* the client went away */
		out = lmtp_session_feed(s, buf, (size_t)n, &done);
		ok = lmtpd_write(fd, out) == 0;
		g_free(out);
		if (lmtp_session_idle(s))
			lmtpd_after(d, 1.0);
	}
	lmtp_session_free(&s);
}

void
lmtpd_worker(const struct cmd_env *env, const struct listeners *ls,
    int events)
{
	struct lmtpd d = { env, g_hash_table_new_full(g_str_hash,
	    g_str_equal, NULL, lmtpd_box_free), g_strdup(g_get_host_name()),
	    events, 0, NULL };
	struct pollfd *p = g_new0(struct pollfd, ls->n);
	struct sigaction sa;
	sigset_t unblocked;

	/* The parent's handlers are the parent's: ours only stops. */
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = lmtpd_on_term;	/* no SA_RESTART: ppoll wakes */
	sigemptyset(&sa.sa_mask);
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGINT, &sa, NULL);
	if (events >= 0)
		fcntl(events, F_SETFL, fcntl(events, F_GETFL) | O_NONBLOCK);
	sigprocmask(SIG_SETMASK, NULL, &unblocked);
	sigdelset(&unblocked, SIGTERM);
	sigdelset(&unblocked, SIGINT);
	d.unblocked = &unblocked;
	signal(SIGHUP, SIG_IGN);
	signal(SIGCHLD, SIG_DFL);
	while (!lmtpd_stop) {
		for (size_t i = 0; i < ls->n; i++)
			p[i] = (struct pollfd){ ls->fds[i], POLLIN, 0 };
		if (ppoll(p, ls->n, NULL, &unblocked) <= 0)
			continue;
		for (size_t i = 0; i < ls->n && !lmtpd_stop; i++) {
			int fd;

			if (p[i].revents & POLLNVAL) {
				log_error("listening socket %d is gone", p[i].fd);
				_exit(EX_OSERR);
			}
			if (!(p[i].revents & POLLIN))
				continue;
			/* Another worker may have taken it: EAGAIN. Out of
			 * descriptors: wait, rather than spin. */
			if ((fd = accept4(ls->fds[i], NULL, NULL,
			    SOCK_CLOEXEC)) < 0) {
				if (errno == EMFILE || errno == ENFILE) {
					log_warn("accepting a session: %s",
					    g_strerror(errno));
					sleep(1);
				}
				continue;
			}
			if (env != NULL)
				lmtpd_session(&d, fd);
			else
				lmtpd_write(fd, "421 4.3.5 mailtriage: "
				    "configuration unusable (see the log; "
				    "mailtriage check), try again later\r\n");
			close(fd);
			if (env != NULL)
				lmtpd_after(&d, LMTPD_ALERT_BUDGET);
		}
	}
	g_hash_table_destroy(d.boxes);
	_exit(0);
}
