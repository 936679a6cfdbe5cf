/* mailtriage lmtpd: an LMTP server (RFC 2033) for Postfix's lmtp:
 * transport, filing each recipient's copy by the one filing protocol
 * (filing.h) into its Maildir, as deliver does.
 *
 * Processes: the parent binds the sockets (or takes systemd's), loads the
 * config and the filters (compiled with JIT: the workers share them),
 * drops root, and keeps [lmtp] sessions workers running, each serving one
 * session at a time. SIGHUP: the new config and filters are loaded and,
 * only if they load cleanly, a new set of workers starts with them while
 * the old ones finish their session. SIGTERM: workers finish the message
 * under way (a session between messages gets 421 and is closed), then
 * everything exits.
 *
 * Replies per recipient: 250 only once its copy is fsync'd and recorded;
 * 4xx for anything that may work on retry (the ledger busy or damaged, a
 * disk full, a configuration that does not load: 421 at the greeting);
 * 5xx only for an unknown recipient or a message over max_size. */
#define _GNU_SOURCE		/* pipe2, ppoll */
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>
#include <sysexits.h>
#include <time.h>
#include <unistd.h>

#include <glib.h>

#include "cmd.h"
#include "conf.h"
#include "ledger.h"
#include "listen.h"
#include "lmtpd.h"
#include "log.h"
#include "metrics-http.h"
#include "metrics.h"
#include "monitor.h"
#include "privdrop.h"

#define LMTPD_NEEDS (CMD_CONFIG | CMD_FILTERS | CMD_JIT | CMD_SHARED)

static volatile sig_atomic_t lmtpd_stop, lmtpd_reload, lmtpd_child;

static void
lmtpd_on_signal(int sig)
{
	if (sig == SIGHUP)
		lmtpd_reload = 1;
	else if (sig == SIGCHLD)
		lmtpd_child = 1;
	else
		lmtpd_stop = 1;
}

/* The parent's view of its workers. */
struct lmtpd_pool {
	GArray *pids;		/* pid_t of the current generation */
	GArray *old;		/* draining after a reload */
	unsigned long want;
	double last_spawn;
	int events[2];		/* workers -> the metrics process */
	pid_t metrics;		/* the metrics process, or 0 */
	int metrics_failed;	/* it could not serve: not restarted */
};

/* The metrics process: [metrics] listen served (metrics-http.c), the
 * workers' events counted, and the gauges of the ledger (one Maildir for
 * all: with a Maildir per recipient there is no one ledger to read) read
 * twice a minute. It is the only process with a thread, and it never
 * forks. Never returns. */
static void
lmtpd_metrics_proc(const struct cmd_env *env, int events)
{
	const struct conf *c = env->conf;
	struct metrics *m = monitor_new(time(NULL));
	struct metrics_http *http = NULL;
	struct ledger *l = NULL;
	GString *in = g_string_new(NULL);
	sigset_t unblocked;
	time_t read_at = 0;
	char *err = NULL, buf[8192];

	/* The server thread keeps the termination signals blocked; only
	 * the wait below lets them in. */
	sigprocmask(SIG_SETMASK, NULL, &unblocked);
	sigdelset(&unblocked, SIGTERM);
	sigdelset(&unblocked, SIGINT);
	if (metrics_http_start(m, c->metrics_listen, &http, &err) != 0) {
		log_error("metrics: %s", err);
		_exit(EX_CONFIG);
	}
	log_info("serving metrics on http://%s/metrics", c->metrics_listen);
	while (!lmtpd_stop) {
		struct pollfd p = { events, POLLIN, 0 };
		struct timespec ts = { 1, 0 };
		ssize_t n;
		char *nl;

		if (c->lmtp_maildir == NULL && time(NULL) - read_at >= 30) {
			read_at = time(NULL);
			if ((l != NULL || ledger_open(c->ledger, (int)
			    (c->ledger_timeout * 1000), &l, &err) == 0) &&
			    monitor_ledger(m, l, read_at, &err) != 0)
				ledger_close(&l);	/* opened again later */
			g_clear_pointer(&err, g_free);
		}
		if (ppoll(&p, 1, &ts, &unblocked) <= 0 ||
		    (n = read(events, buf, sizeof(buf))) <= 0)
			continue;
		g_string_append_len(in, buf, n);
		while ((nl = memchr(in->str, '\n', in->len)) != NULL) {
			*nl = '\0';
			monitor_event_count(m, in->str);
			g_string_erase(in, 0, nl - in->str + 1);
		}
	}
	metrics_http_stop(&http);
	_exit(0);
}

static void
lmtpd_metrics_stop(struct lmtpd_pool *pool)
{
	if (pool->metrics == 0)
		return;
	kill(pool->metrics, SIGTERM);
	while (waitpid(pool->metrics, NULL, 0) < 0 && errno == EINTR)
		;
	pool->metrics = 0;
	pool->metrics_failed = 0;
}

/* Starts the metrics process when [metrics] listen asks for one. */
static void
lmtpd_metrics_spawn(struct lmtpd_pool *pool, const struct cmd_env *env)
{
	if (env == NULL || env->conf->metrics_listen == NULL ||
	    pool->metrics != 0 || pool->metrics_failed || lmtpd_stop)
		return;
	if (pool->events[0] < 0 && pipe2(pool->events, O_CLOEXEC) != 0) {
		log_error("metrics: %s", g_strerror(errno));
		pool->events[0] = pool->events[1] = -1;
		pool->metrics_failed = 1;
		return;
	}
	fflush(NULL);
	if ((pool->metrics = fork()) == 0)
		lmtpd_metrics_proc(env, pool->events[0]);
	if (pool->metrics < 0) {
		log_error("metrics: cannot start: %s", g_strerror(errno));
		pool->metrics = 0;
	}
}

static void
lmtpd_spawn(struct lmtpd_pool *pool, const struct cmd_env *env,
    const struct listeners *ls)
{
	while (pool->pids->len < pool->want && !lmtpd_stop) {
		pid_t pid;

		fflush(NULL);	/* nothing buffered is written twice */
		pid = fork();

		if (pid == 0)
			lmtpd_worker(env, ls, pool->metrics != 0 ?
			    pool->events[1] : -1);
		if (pid < 0) {
			log_error("cannot start a worker: %s",
			    g_strerror(errno));
			return;
		}
		g_array_append_val(pool->pids, pid);
	}
}

/* Removes pid from a list; whether it was there. */
static int
lmtpd_forget(GArray *a, pid_t pid)
{
	for (guint i = 0; i < a->len; i++)
		if (g_array_index(a, pid_t, i) == pid) {
			g_array_remove_index_fast(a, i);
			return 1;
		}
	return 0;
}

static void
lmtpd_reap(struct lmtpd_pool *pool)
{
	pid_t pid;
	int status;

	lmtpd_child = 0;
	while ((pid = waitpid(-1, &status, WNOHANG)) > 0) {
		if (pid == pool->metrics) {
			pool->metrics = 0;
			/* It could not listen: a restart would not either. */
			pool->metrics_failed = WIFEXITED(status) &&
			    WEXITSTATUS(status) == EX_CONFIG;
			continue;
		}
		if (lmtpd_forget(pool->old, pid))
			continue;
		if (lmtpd_forget(pool->pids, pid) && !lmtpd_stop &&
		    !(WIFEXITED(status) && WEXITSTATUS(status) == 0))
			log_error("worker %ld died (%s %d); starting another",
			    (long)pid, WIFSIGNALED(status) ? "signal" :
			    "exit", WIFSIGNALED(status) ? WTERMSIG(status) :
			    WEXITSTATUS(status));
	}
}

static void
lmtpd_signal_all(GArray *a, int sig)
{
	for (guint i = 0; i < a->len; i++)
		kill(g_array_index(a, pid_t, i), sig);
}

/* Loads the config and the filters: 0, or a sysexits code (logged). The
 * listeners and the maildir checks are the config's too. */
static int
lmtpd_load(const struct cmd_common *co, struct cmd_env *env)
{
	struct ledger *none = NULL;	/* workers open the ledgers */
	int rc = cmd_prepare(co, LMTPD_NEEDS, env, &none);

	if (rc != 0)
		return rc;
	if (env->conf->lmtp_maildir != NULL &&
	    strchr(env->conf->lmtp_maildir, '%') != NULL &&
	    env->conf->ledger_configured) {
		log_error("[lmtp] maildir names a Maildir per recipient: each "
		    "keeps its own ledger; remove [general] ledger");
		cmd_env_free(env);
		return EX_CONFIG;
	}
	return 0;
}

static int
lmtpd_exec(struct cmd_ctx *cx, int argc, char **argv)
{
	struct cmd_env env = { 0 }, next = { 0 };
	struct lmtpd_pool pool = { g_array_new(FALSE, FALSE, sizeof(pid_t)),
	    g_array_new(FALSE, FALSE, sizeof(pid_t)), 1, 0, { -1, -1 }, 0, 0 };
	struct listeners ls = { 0 };
	struct sigaction sa;
	sigset_t block, old;
	char *err = NULL;
	int rc, loaded;

	(void)argc;
	(void)argv;
	sigemptyset(&block);
	sigaddset(&block, SIGTERM);
	sigaddset(&block, SIGINT);
	sigaddset(&block, SIGHUP);
	sigaddset(&block, SIGCHLD);
	sigprocmask(SIG_BLOCK, &block, &old);
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = lmtpd_on_signal;	/* no SA_RESTART: poll wakes */
	sigemptyset(&sa.sa_mask);
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGHUP, &sa, NULL);
	sigaction(SIGCHLD, &sa, NULL);
	signal(SIGPIPE, SIG_IGN);

	loaded = (rc = lmtpd_load(&cx->co, &env)) == 0;
	if (listen_open(loaded ? env.conf->lmtp_listen : NULL, &ls, &err) !=
	    0) {
		/* Without a config there is nothing to listen on, unless
		 * systemd passed the sockets. */
		if (loaded)
			log_error("%s", err);
		rc = loaded ? EX_CONFIG : rc;
		goto out;
	}
	if (!loaded)
		log_error("configuration unusable: answering 421 (try again "
		    "later) until a SIGHUP loads a good one");
	if (loaded && privdrop_for_maildir(env.conf->user, env.conf->maildir,
	    &err) != 0) {
		log_error("cannot drop root privileges: %s", err);
		rc = EX_TEMPFAIL;
		goto out;
	}
	pool.want = loaded ? env.conf->lmtp_sessions : 1;
	log_info("listening for LMTP (%zu socket%s, %lu worker%s)", ls.n,
	    ls.n == 1 ? "" : "s", pool.want, pool.want == 1 ? "" : "s");
	rc = 0;
	while (!lmtpd_stop) {
		lmtpd_reap(&pool);
		/* First: the workers it starts get its pipe. */
		lmtpd_metrics_spawn(&pool, loaded ? &env : NULL);
		if (pool.pids->len < pool.want) {
			/* A worker that dies at once is not restarted in
			 * a tight loop. */
			double now = (double)g_get_monotonic_time() / 1e6;

			if (now - pool.last_spawn < 1.0)
				sleep(1);
			pool.last_spawn = now;
			lmtpd_spawn(&pool, loaded ? &env : NULL, &ls);
		}
		if (lmtpd_reload) {
			lmtpd_reload = 0;
			log_info("SIGHUP: reloading the configuration and the "
			    "filters");
			if (lmtpd_load(&cx->co, &next) != 0) {
				log_error("reload failed: keeping the old "
				    "configuration and filters");
				continue;
			}
			/* Started as root with an unusable config: no mail
			 * is read as root, not even after a good reload. */
			if (geteuid() == 0 && privdrop_for_maildir(
			    next.conf->user, next.conf->maildir, &err) != 0) {
				log_error("reload failed: cannot drop root "
				    "privileges: %s", err);
				g_clear_pointer(&err, g_free);
				cmd_env_free(&next);
				continue;
			}
			/* The old workers finish their sessions; the
			 * metrics process starts again with the new
			 * config (the counters start again). */
			lmtpd_metrics_stop(&pool);
			lmtpd_signal_all(pool.pids, SIGTERM);
			g_array_append_vals(pool.old, pool.pids->data,
			    pool.pids->len);
			g_array_set_size(pool.pids, 0);
			if (loaded)
				cmd_env_free(&env);
			env = next;
			memset(&next, 0, sizeof(next));
			loaded = 1;
			pool.want = env.conf->lmtp_sessions;
			log_info("reloaded: %lu worker%s", pool.want,
			    pool.want == 1 ? "" : "s");
			continue;
		}
		if (!lmtpd_child)
			sigsuspend(&old);
	}
	log_info("stopping: workers finish the message under way");
	lmtpd_metrics_stop(&pool);
	lmtpd_signal_all(pool.pids, SIGTERM);
	lmtpd_signal_all(pool.old, SIGTERM);
	while (pool.pids->len + pool.old->len > 0) {
		pid_t pid = waitpid(-1, NULL, 0);

		if (pid < 0 && errno != EINTR)
			break;
		if (pid > 0 && !lmtpd_forget(pool.pids, pid))
			lmtpd_forget(pool.old, pid);
	}
out:
	listen_close(&ls);
	g_free(err);
	if (pool.events[0] >= 0) {
		close(pool.events[0]);
		close(pool.events[1]);
	}
	g_array_unref(pool.pids);
	g_array_unref(pool.old);
	if (loaded)
		cmd_env_free(&env);
	sigprocmask(SIG_SETMASK, &old, NULL);
	return rc;
}

const struct cmd_entry cmd_lmtpd_entry = {
	"lmtpd", "[-c FILE]",
	"Serve LMTP ([lmtp] listen, or systemd's sockets) for Postfix's "
	"lmtp: transport: each recipient's copy classified, tagged and "
	"filed into its Maildir; 250 once it is safe, 4xx to retry.",
	/* It loads its config itself: again on SIGHUP. */
	0, 0, NULL, NULL, lmtpd_exec, NULL,
};
