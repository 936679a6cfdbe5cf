/* mailtriage poll: watch the configured IMAP accounts' folders and triage
 * what arrives (imap-sync.c, filing.c), until SIGTERM; or once, with --once.
 *
 * All accounts run in this one process, in turn: each is connected,
 * synced, and then left in IDLE (or until its next poll_interval); one
 * ppoll() waits on every idling connection at once, so a message on any
 * account wakes us. The termination signals and SIGHUP are blocked except
 * inside that wait, so a message in progress is always finished.
 *
 * Exit codes: 0 when everything was processed (and after SIGTERM/SIGINT);
 * EX_TEMPFAIL when a server was unreachable or anything failed on the way
 * (--once); EX_NOPERM when a server's certificate or our login was
 * refused, or no access token could be had (--once); EX_CONFIG for an
 * unusable config, filter, password or token file, or no account to
 * poll. */
#define _GNU_SOURCE		/* ppoll */
#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>
#include <time.h>

#include <glib.h>

#include "alert.h"
#include "cmd.h"
#include "conf.h"
#include "filter.h"
#include "imap-sla.h"
#include "imap-sync.h"
#include "imap.h"
#include "incident.h"
#include "ledger.h"
#include "log.h"
#include "metrics-http.h"
#include "metrics.h"
#include "module.h"
#include "monitor.h"
#include "sla.h"
#include "sla-ticket.h"
#include "triage.h"

#define POLL_IDLE_MAX (29 * 60)	/* RFC 2177: re-IDLE before 30 min */
#define POLL_BACKOFF_MAX 300.0	/* seconds */

struct poll_account {
	const struct conf_account *a;
	struct imap_session *s;
	int down;		/* in an outage, already logged */
	unsigned failures;	/* in a row, for the backoff */
	double next;		/* when to connect or poll again */
	int idling;
	double idle_since;
	int wake;		/* its connection has something to say */
	double sla_next;	/* when the SLA check is due again */
	char *lease;		/* its lease's name (poll_lease) */
	int standby;		/* another poller holds it */
	double lease_next;	/* when to renew (or try for) the lease */
};

struct poll_state {
	struct cmd_common co;	/* cmd_run's: borrowed */
	struct cmd_env env;
	struct ledger *ledger;
	struct poll_account *acc;
	size_t nacc;
	const char *only;	/* --account */
	int once;
	struct metrics *metrics;	/* monitor.h; served by http */
	struct metrics_http *http;	/* [metrics] listen, or NULL */
	char *holder;		/* this poller, in leases: host:pid */
};

static volatile sig_atomic_t poll_stop_flag, poll_reload_flag;

static void
poll_on_signal(int sig)
{
	if (sig == SIGHUP)
		poll_reload_flag = 1;
	else
		poll_stop_flag = 1;
}

/* Between messages: a blocked SIGTERM or SIGINT waiting counts. */
static int
poll_should_stop(void)
{
	sigset_t p;

	if (sigpending(&p) == 0 && (sigismember(&p, SIGTERM) ||
	    sigismember(&p, SIGINT)))
		poll_stop_flag = 1;
	return poll_stop_flag;
}

static double
poll_now(void)
{
	return (double)g_get_monotonic_time() / 1e6;
}

/* sysexits for an enum imap_status. */
static int
poll_exit_code(int st)
{
	switch (st) {
	case IMAP_OK:
		return 0;
	case IMAP_CONFIG:
		return EX_CONFIG;
	case IMAP_REFUSED:
		return EX_NOPERM;
	default:
		return EX_TEMPFAIL;
	}
}

/* The graver of two exit codes: config, then refusal, then temporary. */
static int
poll_worse(int a, int b)
{
	static const int order[] = { EX_CONFIG, EX_NOPERM, EX_TEMPFAIL };

	for (size_t i = 0; i < G_N_ELEMENTS(order); i++)
		if (a == order[i] || b == order[i])
			return order[i];
	return a != 0 ? a : b;
}

static void
poll_accounts_free(struct poll_state *ps)
{
	for (size_t i = 0; i < ps->nacc; i++) {
		imap_session_free(&ps->acc[i].s);
		g_free(ps->acc[i].lease);
	}
	g_free(ps->acc);
	ps->acc = NULL;
	ps->nacc = 0;
}

/* The accounts to poll (all, or --account), with readable passwords or
 * token files. Returns 0, or EX_CONFIG after logging why. */
static int
poll_accounts_check(const struct conf *c, const char *only)
{
	size_t n = 0;
	char *err = NULL;

	for (size_t i = 0; i < c->naccounts; i++) {
		const struct conf_account *a = &c->accounts[i];
		if (only != NULL && strcmp(a->name, only) != 0)
			continue;
		n++;
		if (imap_secret_check(a, &err) != IMAP_OK) {
			log_error("%s", err);
			g_free(err);
			return EX_CONFIG;
		}
	}
	if (n == 0) {
		if (only != NULL)
			log_error("no [account %s] in %s", only,
			    c->path != NULL ? c->path : "the configuration");
		else
			log_error("no [account NAME] group in %s: nothing to "
			    "poll", c->path != NULL ? c->path :
			    "the configuration (built-in defaults)");
		return EX_CONFIG;
	}
	return 0;
}

static void
poll_accounts_make(struct poll_state *ps)
{
	const struct conf *c = ps->env.conf;

	ps->acc = g_new0(struct poll_account, c->naccounts);
	for (size_t i = 0; i < c->naccounts; i++) {
		const struct conf_account *a = &c->accounts[i];
		if (ps->only != NULL && strcmp(a->name, ps->only) != 0)
			continue;
		ps->acc[ps->nacc].a = a;
		ps->acc[ps->nacc].s = imap_session_new(a);
		/* The mailbox, not the group's name: two hosts may call
		 * it differently. */
		ps->acc[ps->nacc].lease = g_strdup_printf("poll\n%s@%s:%lu/%s",
		    a->user, a->host, a->port, a->folder);
		ps->nacc++;
	}
}

/* What poll needs: config, filters (JIT: this runs long) and the ledger
 * to file into. Prepared by poll itself, at start and on SIGHUP. */
#define POLL_NEEDS (CMD_JIT | CMD_FILE | CMD_RECORD)
#define POLL_ALERT_BUDGET 10.0	/* seconds for sending alerts per cycle */

/* Loads what poll needs into ps. Returns 0 or a sysexits code; ps is
 * untouched on failure. */
static int
poll_load(struct poll_state *ps, const struct cmd_common *co)
{
	struct cmd_env env;
	struct ledger *l = NULL;
	int rc;

	if ((rc = cmd_prepare(co, POLL_NEEDS, &env, &l)) != 0)
		return rc;
	if ((rc = poll_accounts_check(env.conf, ps->only)) != 0) {
		ledger_close(&l);
		cmd_env_free(&env);
		return rc;
	}
	poll_accounts_free(ps);
	ledger_close(&ps->ledger);
	cmd_env_free(&ps->env);
	ps->env = env;
	ps->ledger = l;
	poll_accounts_make(ps);
	return 0;
}

/* Answered, resolved, escalated (imap-sla.c), then back in the watched
 * folder. */
static int
poll_account_sla(struct poll_state *ps, struct poll_account *pa, char **err)
{
	struct sla_stats st = { 0 };
	int rc;

	pa->sla_next = poll_now() + pa->a->poll_interval;
	rc = imap_sla(pa->s, pa->a, ps->env.conf, ps->ledger, sla_now(), &st,
	    err);
	/* Warnings, and the alerts filing and escalating queued. */
	{
		char *aerr = NULL;

		if (alert_warnings(ps->env.conf, ps->ledger, sla_now(),
		    &aerr) < 0 || alert_digests(ps->env.conf, ps->ledger,
		    sla_now(), &aerr) < 0 ||
		    incident_close(ps->env.conf, ps->ledger, 0, sla_now(),
		    &aerr) < 0) {
			log_warn("alerts, incidents: %s", aerr);
			g_free(aerr);
		}
		alert_flush(ps->env.conf, ps->ledger, sla_now(),
		    POLL_ALERT_BUDGET);
	}
	if (st.answered + st.paused + st.corrected + st.resolved +
	    st.escalated + st.reminded > 0)
		log_info("account %s: SLA: %u answered, %u waiting on the "
		    "customer, %u re-prioritised, %u resolved, %u "
		    "escalated (%u messages moved), %u reminded, %u notices",
		    pa->a->name, st.answered, st.paused, st.corrected,
		    st.resolved, st.escalated, st.moved, st.reminded,
		    st.notices);
	return rc;
}

/* Whether a lease holder ("host:pid") is a process of this host that no
 * longer exists: a poller killed or crashed here need not be waited for
 * (a process of another user that still runs answers EPERM, not ESRCH).
 * Hosts sharing a ledger need distinct host names. */
static int
poll_holder_gone(const char *holder)
{
	const char *host = g_get_host_name(), *p;
	size_t n = strlen(host);
	char *end;
	long pid;

	if (holder == NULL || strncmp(holder, host, n) != 0 ||
	    holder[n] != ':')
		return 0;
	p = holder + n + 1;
	errno = 0;
	pid = strtol(p, &end, 10);
	if (errno != 0 || end == p || *end != '\0' || pid <= 0 ||
	    pid == (long)getpid())
		return 0;
	return kill((pid_t)pid, 0) != 0 && errno == ESRCH;
}

/* One poller per account and folder among those sharing the ledger:
 * this one takes or renews the account's lease. 1 it polls, 0 it stands
 * by (another does; logged when that changes), -1 with *err. */
static int
poll_lease(struct poll_state *ps, struct poll_account *pa, char **err)
{
	double secs = pa->a->lease;
	char *other = NULL;
	int r;

	r = ledger_lease(ps->ledger, pa->lease, ps->holder, time(NULL),
	    (int)secs, NULL, &other, err);
	if (r == 0 && poll_holder_gone(other)) {
		char *gone = other;

		log_info("account %s: the poller before on this host (%s) has "
		    "died; taking over its lease", pa->a->name, gone);
		other = NULL;
		r = ledger_lease(ps->ledger, pa->lease, ps->holder, time(NULL),
		    (int)secs, gone, &other, err);
		g_free(gone);
	}
	if (r < 0)
		return -1;
	pa->lease_next = poll_now() + MAX(1.0, secs / 3);
	if (r == 1 && pa->standby)
		log_info("account %s: taking over polling (the lease of the "
		    "poller before was not renewed for %.0f s)", pa->a->name,
		    secs);
	else if (r == 0 && !pa->standby)
		log_info("account %s: polled by %s; standing by (taking over "
		    "within %.0f s if it stops)", pa->a->name,
		    other != NULL ? other : "another poller", secs);
	pa->standby = r == 0;
	g_free(other);
	return r;
}

/* A clean end: the next poller need not wait for the lease to expire. */
static void
poll_lease_release(struct poll_state *ps, struct poll_account *pa)
{
	char *err = NULL;

	if (!pa->standby && pa->lease_next > 0 && ledger_lease_release(
	    ps->ledger, pa->lease, ps->holder, &err) != 0) {
		log_warn("%s", err);
		g_free(err);
	}
}

/* The watched folder's new mail, filed; alerts for it sent. */
static int
poll_account_sync(struct poll_state *ps, struct poll_account *pa,
    char **err)
{
	struct triage_ctx ctx = { .conf = ps->env.conf,
	    .filters = ps->env.filters, .scratch = ps->env.scratch,
	    .tiers = ps->env.tiers };
	struct imap_sync_stats st = { .metrics = ps->metrics };
	int rc;

	if ((rc = imap_select_watched(pa->s, err)) != IMAP_OK)
		return rc;
	rc = imap_sync(pa->s, pa->a, &ctx, ps->ledger, poll_should_stop, &st,
	    err);
	if (st.filed + st.duplicates + st.recovered > 0)
		log_info("account %s: %zu filed, %zu duplicates left in place, "
		    "%zu finished from an interrupted run", pa->a->name,
		    st.filed, st.duplicates, st.recovered);
	if (rc != IMAP_OK || poll_should_stop())
		return rc;
	monitor_account_synced(ps->metrics, pa->a->name, time(NULL));
	/* A new critical ticket is news at once. */
	if (st.filed > 0)
		alert_flush(ps->env.conf, ps->ledger, sla_now(),
		    POLL_ALERT_BUDGET);
	return IMAP_OK;
}

/* Connects if needed and syncs; the SLA pass at most once per
 * poll_interval (every time with --once). Returns an enum imap_status;
 * *err set when not IMAP_OK. */
static int
poll_account_run(struct poll_state *ps, struct poll_account *pa, char **err)
{
	int rc;

	if (!imap_session_connected(pa->s)) {
		monitor_account_connecting(ps->metrics, pa->a->name);
		if ((rc = imap_session_connect(pa->s, err)) != IMAP_OK)
			return rc;
		monitor_account_up(ps->metrics, pa->a->name, 1);
		if (pa->down)
			log_info("account %s: connection restored",
			    pa->a->name);
		else
			log_debug("account %s: connected to %s:%lu",
			    pa->a->name, pa->a->host, pa->a->port);
		pa->down = 0;
	}
	if ((rc = poll_account_sync(ps, pa, err)) != IMAP_OK ||
	    poll_should_stop() || (!ps->once && poll_now() < pa->sla_next))
		return rc;
	/* Acknowledgements a run that died recorded but did not send went
	 * with the pass's recovery (filing_recover). */
	if ((rc = poll_account_sla(ps, pa, err)) != IMAP_OK ||
	    poll_should_stop())
		return rc;
	/* The pass selected other folders: what arrived meanwhile was
	 * counted by the new SELECT, not announced, and IDLE would not
	 * announce it either. */
	return poll_account_sync(ps, pa, err);
}

static int
poll_once(struct poll_state *ps)
{
	int worst = 0;

	for (size_t i = 0; i < ps->nacc && !poll_should_stop(); i++) {
		struct poll_account *pa = &ps->acc[i];
		char *err = NULL;
		int rc, r = poll_lease(ps, pa, &err);

		if (r == 0)
			continue;	/* another poller has it */
		rc = r < 0 ? IMAP_TEMP : poll_account_run(ps, pa, &err);
		if (r == 1)
			poll_lease_release(ps, pa);
		if (rc != IMAP_OK) {
			log_error("%s", err != NULL ? err : "failed");
			worst = poll_worse(worst, poll_exit_code(rc));
			monitor_account_failed(ps->metrics, pa->a->name);
		}
		g_free(err);
		imap_session_close(pa->s);
	}
	monitor_publish(ps->env.conf, ps->ledger, ps->metrics);
	return worst;
}

/* A failed account: log once per outage, back off exponentially with
 * jitter (half to all of 1, 2, 4 ... POLL_BACKOFF_MAX seconds). */
static void
poll_failed(struct poll_account *pa, int rc, const char *err)
{
	double d = POLL_BACKOFF_MAX;

	if (!pa->down)
		log_msg(rc == IMAP_TEMP ? LOG_LVL_WARN : LOG_LVL_ERROR,
		    "%s; %s, retrying with backoff (up to %.0f s); logged "
		    "again when it is back", err != NULL ? err : "failed",
		    rc == IMAP_TEMP ? "connection lost" : "refused",
		    POLL_BACKOFF_MAX);
	else
		log_debug("%s", err != NULL ? err : "failed");
	pa->down = 1;
	if (pa->failures < 16)
		d = MIN(POLL_BACKOFF_MAX, (double)(1u << pa->failures));
	pa->failures++;
	pa->next = poll_now() + d * g_random_double_range(0.5, 1.0);
	pa->idling = 0;
	imap_session_close(pa->s);
}

/* Syncs one account that is due and leaves it idling or scheduled. */
static void
poll_account_step(struct poll_state *ps, struct poll_account *pa)
{
	char *err = NULL;
	int rc, r;

	if (pa->standby || poll_now() >= pa->lease_next) {
		if ((r = poll_lease(ps, pa, &err)) < 0) {
			rc = IMAP_TEMP;
			goto fail;
		}
		if (r == 0) {	/* standing by: no connection */
			if (pa->idling) {
				pa->idling = 0;
				imap_idle_done(pa->s, &err);
				g_clear_pointer(&err, g_free);
			}
			imap_session_close(pa->s);
			pa->next = pa->lease_next;
			return;
		}
		/* Renewed while idling, nothing else due: idle on. */
		if (pa->idling && !pa->wake && poll_now() < pa->next &&
		    !imap_idle_pending(pa->s))
			return;
	}
	if (pa->idling) {
		pa->idling = 0;
		if ((rc = imap_idle_done(pa->s, &err)) != IMAP_OK)
			goto fail;
	}
	if ((rc = poll_account_run(ps, pa, &err)) != IMAP_OK)
		goto fail;
	pa->failures = 0;
	if (poll_should_stop())
		return;
	if ((rc = imap_idle_start(pa->s, &err)) < 0)
		goto fail;
	pa->idling = rc == 1;
	pa->idle_since = poll_now();
	pa->next = pa->idling ? pa->idle_since + POLL_IDLE_MAX :
	    pa->idle_since + pa->a->poll_interval;
	/* Leave IDLE for the SLA check when it is due. */
	pa->next = MIN(pa->next, MAX(pa->sla_next, pa->idle_since + 1));
	return;
fail:
	poll_failed(pa, rc, err);
	monitor_account_failed(ps->metrics, pa->a->name);
	g_free(err);
}

/* Waits until an account is due, a connection speaks, or a signal. */
static void
poll_wait(struct poll_state *ps, const sigset_t *unblocked)
{
	struct pollfd *fds = g_new0(struct pollfd, ps->nacc);
	double now = poll_now(), until = now + POLL_IDLE_MAX;
	struct timespec ts;
	nfds_t nfds = 0;

	for (size_t i = 0; i < ps->nacc; i++) {
		struct poll_account *pa = &ps->acc[i];
		pa->wake = 0;
		until = MIN(until, MIN(pa->next, pa->lease_next));
		if (pa->idling && imap_idle_pending(pa->s))
			until = now;
		if (pa->idling) {
			fds[nfds].fd = imap_idle_fd(pa->s);
			fds[nfds].events = POLLIN;
			nfds++;
		}
	}
	until = MAX(until, now);
	ts.tv_sec = (time_t)(until - now);
	ts.tv_nsec = (long)((until - now - (double)ts.tv_sec) * 1e9);
	if (ppoll(fds, nfds, &ts, unblocked) > 0) {
		nfds = 0;
		for (size_t i = 0; i < ps->nacc; i++)
			if (ps->acc[i].idling)
				ps->acc[i].wake = fds[nfds++].revents != 0;
	}
	g_free(fds);
}

/* SIGHUP: the new config and filters replace the old only if they load
 * cleanly; connections are made afresh. */
static void
poll_reload(struct poll_state *ps)
{
	poll_reload_flag = 0;
	log_info("SIGHUP: reloading %s and the filters",
	    ps->env.conf->path != NULL ? ps->env.conf->path : "the defaults");
	for (size_t i = 0; i < ps->nacc; i++)
		if (ps->acc[i].idling) {
			char *err = NULL;
			ps->acc[i].idling = 0;
			imap_idle_done(ps->acc[i].s, &err);
			g_free(err);
		}
	if (poll_load(ps, &ps->co) != 0) {
		log_error("reload failed: keeping the old configuration and "
		    "filters");
		for (size_t i = 0; i < ps->nacc; i++)
			ps->acc[i].next = 0;	/* back to IDLE soon */
		return;
	}
	log_info("reloaded: %zu account%s", ps->nacc, ps->nacc == 1 ? "" :
	    "s");
}

static int
poll_loop(struct poll_state *ps, const sigset_t *unblocked)
{
	while (!poll_should_stop()) {
		double now = poll_now();
		int stepped = 0;

		for (size_t i = 0; i < ps->nacc && !poll_should_stop(); i++) {
			struct poll_account *pa = &ps->acc[i];
			if (pa->wake || now >= pa->next ||
			    now >= pa->lease_next ||
			    (pa->idling && imap_idle_pending(pa->s))) {
				poll_account_step(ps, pa);
				stepped = 1;
			}
			pa->wake = 0;
		}
		if (stepped)
			monitor_publish(ps->env.conf, ps->ledger,
			    ps->metrics);
		if (poll_should_stop())
			break;
		poll_wait(ps, unblocked);
		if (poll_reload_flag)
			poll_reload(ps);
	}
	log_info("stopping on a signal");
	for (size_t i = 0; i < ps->nacc; i++) {
		char *err = NULL;
		if (ps->acc[i].idling)
			imap_idle_done(ps->acc[i].s, &err);
		g_free(err);
		ps->acc[i].idling = 0;
		poll_lease_release(ps, &ps->acc[i]);
	}
	return 0;
}

/* The metrics (monitor.h), served on [metrics] listen from a thread
 * started with the signals blocked, so they still wake only ppoll().
 * The address is read once: a reload does not move it. 0, or
 * EX_TEMPFAIL when it cannot be served. */
static int
poll_monitor_start(struct poll_state *ps)
{
	const struct conf *c = ps->env.conf;
	char *err = NULL;

	ps->metrics = monitor_new(time(NULL));
	if (c->metrics_listen == NULL || ps->once)
		return 0;
	if (metrics_http_start(ps->metrics, c->metrics_listen, &ps->http,
	    &err) != 0) {
		log_error("%s", err);
		g_free(err);
		return EX_TEMPFAIL;
	}
	log_info("serving metrics on http://%s/metrics", c->metrics_listen);
	return 0;
}

static gboolean opt_once;
static char *opt_account;
static const GOptionEntry poll_options[] = {
	{ "once", 0, 0, G_OPTION_ARG_NONE, &opt_once,
	    "Process what is there now and exit (cron, tests)", NULL },
	{ "account", 0, 0, G_OPTION_ARG_STRING, &opt_account,
	    "Poll only this [account NAME]", "NAME" },
	{ NULL, 0, 0, 0, NULL, NULL, NULL }
};

static int
poll_exec(struct cmd_ctx *cx, int argc, char **argv)
{
	struct poll_state ps;
	struct sigaction sa;
	sigset_t block, old;
	int rc;

	(void)argc;
	(void)argv;
	memset(&ps, 0, sizeof(ps));
	ps.co = cx->co;
	ps.once = opt_once;
	ps.only = opt_account;
	ps.holder = g_strdup_printf("%s:%ld", g_get_host_name(),
	    (long)getpid());
	/* Signals wait for the end of the current message (see above). */
	sigemptyset(&block);
	sigaddset(&block, SIGTERM);
	sigaddset(&block, SIGINT);
	sigaddset(&block, SIGHUP);
	sigprocmask(SIG_BLOCK, &block, &old);
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = poll_on_signal;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGHUP, &sa, NULL);
	if ((rc = poll_load(&ps, &ps.co)) != 0 ||
	    (rc = poll_monitor_start(&ps)) != 0)
		goto out;
	rc = ps.once ? poll_once(&ps) : poll_loop(&ps, &old);
out:
	metrics_http_stop(&ps.http);
	metrics_free(&ps.metrics);
	poll_accounts_free(&ps);
	ledger_close(&ps.ledger);
	cmd_env_free(&ps.env);
	g_free(ps.holder);
	return rc;
}

static void
poll_done(void)
{
	g_clear_pointer(&opt_account, g_free);
}

MT_MODULE;

/* The command as its module has it (main.c lists it). */
const struct cmd_entry cmd_poll_module_entry = {
	"poll", "[-c FILE] [--once] [--account NAME]", NULL,
	/* It prepares POLL_NEEDS itself: again on SIGHUP. */
	0, 0, poll_options, NULL, poll_exec, poll_done,
};
