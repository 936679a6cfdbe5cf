/* mailtriage scan: classify the messages of Maildirs, directories of
 * message files and mbox files in one process (backfill, dry-run reports,
 * benchmarks). Filters are loaded once, JIT-compiled, and one rx scratch
 * serves every message.
 *
 * Without --dry-run each message is filed like deliver files it (same
 * Maildir root, same ledger, so a rerun files nothing twice). Sources are
 * only read, with one exception: the target Maildir's own INBOX (new/ and
 * cur/ of conf->maildir given as a SOURCE), whose messages are moved: the
 * original is unlinked only once the tagged copy is fsync'd in its folder.
 *
 * Exit codes: 0; EX_TEMPFAIL when any message could not be read or filed
 * (a rerun retries it); EX_NOINPUT for a missing SOURCE; EX_CONFIG,
 * EX_USAGE. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sysexits.h>
#include <time.h>
#include <unistd.h>

#include <glib.h>

#include "cmd.h"
#include "conf.h"
#include "maildir.h"
#include "filing.h"
#include "filter.h"
#include "ingest-maildir.h"
#include "mbox.h"
#include "json.h"
#include "ledger.h"
#include "privdrop.h"
#include "log.h"
#include "msg.h"
#include "mt.h"
#include "store.h"
#include "triage.h"

#define SCAN_PROGRESS_US 100000		/* at most 10 updates a second */
#define SCAN_WIDTH_MAX 60		/* longer sources push the columns */

enum scan_kind { SRC_DIR, SRC_MBOX, SRC_FILE };

struct scan_src {
	const char *path;
	enum scan_kind kind;
	int move;		/* the target's own INBOX: move it */
	char **files;		/* SRC_DIR */
	size_t nfiles;
	const char *map;	/* SRC_MBOX: the mapped (or read) file */
	size_t maplen;
	int mapped;		/* map is mmap'd (else g_malloc'd) */
	int unreadable;		/* SRC_MBOX that could not be opened */
	size_t count;		/* messages in it */
};

struct scan {
	struct cmd_env *env;
	struct ledger *ledger;	/* NULL with --dry-run */
	struct store *store;	/* the Maildir; NULL with --dry-run */
	int dry_run, json, tty;
	int width;		/* of the source column */
	size_t total, done, failed;
	size_t level[LEVEL_COUNT];
	gint64 start, shown_at;
	int shown;		/* a progress line is on the terminal */
};

static double
scan_elapsed(const struct scan *s)
{
	return (double)(g_get_monotonic_time() - s->start) / 1e6;
}

static void
scan_progress_clear(struct scan *s)
{
	if (s->shown)
		fputs("\r\033[K", stderr);
	s->shown = 0;
}

static void
scan_progress(struct scan *s)
{
	gint64 now = g_get_monotonic_time();
	double el;

	if (!s->tty || now - s->shown_at < SCAN_PROGRESS_US)
		return;
	el = scan_elapsed(s);
	fprintf(stderr, "\r\033[Kscanned %zu/%zu (%.0f msg/s)", s->done,
	    s->total, el > 0 ? (double)s->done / el : 0.0);
	s->shown_at = now;
	s->shown = 1;
}


/* One JSONL object: file, folder, priority, signals, rules, subject,
 * error (and status, ticket when filing). */
static void
scan_report_json(const struct scan *s, const char *label,
    const struct triage *t, const char *status, long long ticket,
    const char *err)
{
	GString *o = g_string_new("{\"file\":");
	char *rules = match_rules_list(&t->match), **rv;
	const char *sep = "";

	json_append(o, label);
	g_string_append(o, ",\"folder\":");
	json_append(o, *t->folder ? t->folder : "INBOX");
	g_string_append(o, ",\"priority\":");
	json_append(o, mt_level_name(t->prio.level));
	g_string_append(o, ",\"signals\":[");
	for (int i = 0; i < SIG_COUNT; i++)
		if (t->match.signals & (1u << i)) {
			g_string_append(o, sep);
			json_append(o, mt_signal_name(i));
			sep = ",";
		}
	g_string_append(o, "],\"rules\":[");
	rv = g_strsplit(rules != NULL ? rules : "", " ", -1);
	sep = "";
	for (char **r = rv; *r != NULL; r++)
		if (**r != '\0') {
			g_string_append(o, sep);
			json_append(o, *r);
			sep = ",";
		}
	g_string_append(o, "],\"subject\":");
	json_append(o, t->msg != NULL ? msg_zone_text(t->msg, ZONE_SUBJECT,
	    NULL) : "");
	g_string_append(o, ",\"error\":");
	json_append(o, err != NULL ? err : t->error);
	if (!s->dry_run) {
		g_string_append(o, ",\"status\":");
		json_append(o, status);
		g_string_append_printf(o, ",\"ticket\":%lld", ticket);
	}
	g_string_append(o, "}\n");
	fputs(o->str, stdout);
	g_strfreev(rv);
	free(rules);
	g_string_free(o, TRUE);
}

/* One line per message: source, [status,] folder, priority, signals,
 * subject (control characters blanked). */
static void
scan_report(const struct scan *s, const char *label, const struct triage *t,
    const char *status, long long ticket, const char *err)
{
	char sig[64], *subj;

	if (s->json) {
		scan_report_json(s, label, t, status, ticket, err);
		return;
	}
	mt_signals_format(t->match.signals, sig, sizeof(sig));
	subj = g_strdup(t->msg != NULL ? msg_zone_text(t->msg, ZONE_SUBJECT,
	    NULL) : "");
	for (char *p = subj; *p != '\0'; p++)
		if ((unsigned char)*p < 0x20)
			*p = ' ';
	printf("%-*s ", s->width, label);
	if (!s->dry_run)
		printf("%-9s ", status);
	printf("%-16s %-9s %-15s %s\n", *t->folder ? t->folder : "INBOX",
	    mt_level_name(t->prio.level), sig, subj);
	g_free(subj);
}

/* 1 when the filed copy at path ends with exactly raw (the original
 * bytes after our tags). */
static int
scan_same_bytes(const char *path, const char *raw, size_t len)
{
	char *copy = NULL;
	gsize clen = 0;
	int same;

	if (!g_file_get_contents(path, &copy, &clen, NULL))
		return 0;
	same = clen >= len && memcmp(copy + clen - len, raw, len) == 0;
	g_free(copy);
	return same;
}

/* The INBOX original of a filed message goes. For a duplicate only when
 * the ledger's copy is still there, is not the original itself (an
 * earlier run filed it into INBOX) and holds the same bytes: the ledger
 * matches by Message-ID and body hash, which two different messages may
 * share (no Message-ID, same body), and the original may be the only
 * copy left. Returns 0 or -1. */
static int
scan_move(struct scan *s, const char *src, const struct triage *t,
    const struct filing_result *res, const char *raw, size_t len)
{
	const struct conf *c = s->env->conf;
	struct ledger_row row = { 0 };
	struct stat a, b;
	char *copy = NULL, *err = NULL;
	int rc = 0;

	if (res->duplicate) {
		if (ledger_find_message(s->ledger, t->msg != NULL ?
		    msg_message_id(t->msg) : NULL, t->body_hash, &row,
		    &err) != 1 || row.file == NULL ||
		    maildir_find(c->maildir, row.folder, row.file,
		    &copy) != 1) {
			scan_progress_clear(s);
			log_warn("%s: filed earlier, but that copy is gone: "
			    "left in place", src);
			goto out;
		}
	} else
		copy = g_strdup(res->where);
	if (copy == NULL || stat(copy, &a) != 0 || stat(src, &b) != 0 ||
	    (a.st_dev == b.st_dev && a.st_ino == b.st_ino))
		goto out;	/* the original is the filed copy */
	if (res->duplicate && !scan_same_bytes(copy, raw, len)) {
		scan_progress_clear(s);
		log_warn("%s: a duplicate of %s by the ledger, but not "
		    "the same bytes: left in place", src, copy);
		goto out;
	}
	if (unlink(src) != 0) {
		scan_progress_clear(s);
		log_error("%s: filed as %s but not removed: %s", src, copy,
		    g_strerror(errno));
		rc = -1;
	}
out:
	g_free(err);
	g_free(copy);
	ledger_row_clear(&row);
	return rc;
}

/* Classifies one message and reports (and files) it. move_src is the
 * INBOX file to remove once filed, or NULL. */
static void
scan_one(struct scan *s, const char *label, const char *raw, size_t len,
    time_t arrived, const char *move_src)
{
	struct triage_ctx ctx = { s->env->conf, s->env->filters,
	    s->env->scratch, s->env->tiers };
	struct filing_result res = { 0 };
	struct triage t;
	const char *status = "filed";
	char *err = NULL;

	if (triage_classify(&ctx, raw, len, arrived, &t) != 0) {
		scan_progress_clear(s);
		log_error("%s: out of memory classifying it", label);
		s->failed++;
		return;
	}
	if (t.error != NULL)
		log_debug("%s: %s", label, t.error);
	/* Old mail, filed in one go: nobody is paged for it. */
	t.backfill = 1;
	if (!s->dry_run) {
		if (filing_message(s->store, s->ledger, &t, raw, len,
		    arrived, &res, &err) != 0) {
			scan_progress_clear(s);
			log_error("%s: not filed: %s", label, err);
			status = "failed";
		} else if (move_src != NULL && scan_move(s, move_src, &t,
		    &res, raw, len) != 0)
			status = "failed";
		else if (res.duplicate)
			status = "duplicate";
		else if (move_src != NULL)
			status = "moved";
	}
	if (strcmp(status, "failed") == 0)
		s->failed++;
	else
		s->level[t.prio.level]++;
	scan_report(s, label, &t, status, res.ticket, err);
	g_free(err);
	filing_result_clear(&res);
	triage_clear(&t);
}

/* Reads one message file. 0, or -1 (logged). Caller frees *raw. */
static int
scan_read(struct scan *s, const char *path, char **raw, size_t *len,
    time_t *mtime)
{
	struct stat st;
	int fd = open(path, O_RDONLY | O_CLOEXEC), rc = -1;

	if (fd >= 0 && fstat(fd, &st) == 0 && cmd_read_all(fd, raw, len) == 0) {
		*mtime = st.st_mtime;
		rc = 0;
	}
	if (rc != 0) {
		scan_progress_clear(s);
		log_error("%s: %s", path, g_strerror(errno));
	}
	if (fd >= 0)
		close(fd);
	return rc;
}

static void
scan_file(struct scan *s, const char *path, int move)
{
	char *raw = NULL;
	size_t len;
	time_t mtime;

	if (scan_read(s, path, &raw, &len, &mtime) != 0)
		s->failed++;
	else
		scan_one(s, path, raw, len, mtime, move ? path : NULL);
	g_free(raw);
	s->done++;
	scan_progress(s);
}

static void
scan_mbox(struct scan *s, struct scan_src *src, time_t now)
{
	struct mbox_iter it;
	const char *m, *from;
	size_t n;

	if (src->unreadable) {
		s->failed++;
		s->done++;
		return;
	}
	mbox_iter_init(&it, src->map, src->maplen);
	while (mbox_next(&it, &m, &n, &from)) {
		char *label = g_strdup_printf("%s#%zu", src->path, it.n);

		if (mbox_is_quoted(m, n)) {
			size_t ulen;
			char *u = mbox_unescape(m, n, &ulen);
			scan_one(s, label, u, ulen, now, NULL);
			free(u);
		} else
			scan_one(s, label, m, n, now, NULL);
		g_free(label);
		s->done++;
		scan_progress(s);
	}
}

/* Maps an mbox (or reads it, where mmap is not possible). 0 or -1. */
static int
scan_map(struct scan_src *src, int fd, size_t size)
{
	void *p;
	char *buf;
	size_t len;

	src->maplen = size;
	if (size == 0)
		return 0;
	p = mmap(NULL, size, PROT_READ, MAP_PRIVATE, fd, 0);
	if (p != MAP_FAILED) {
		madvise(p, size, MADV_SEQUENTIAL);
		src->map = p;
		src->mapped = 1;
		return 0;
	}
	if (cmd_read_all(fd, &buf, &len) != 0)
		return -1;
	src->map = buf;
	src->maplen = len;
	return 0;
}

/* Works out what a SOURCE is and lists its messages. Returns 0,
 * EX_NOINPUT (missing), or -1 for one that exists but cannot be read
 * (logged; counted as an error when scanned). */
static int
scan_open(struct scan_src *src, const char *path, const struct stat *target)
{
	struct stat st;
	char head[5];
	int fd;

	src->path = path;
	if (stat(path, &st) != 0) {
		log_error("%s: %s", path, g_strerror(errno));
		return errno == ENOENT || errno == ENOTDIR ? EX_NOINPUT : -1;
	}
	if (S_ISDIR(st.st_mode)) {
		src->kind = SRC_DIR;
		src->move = target != NULL && st.st_dev == target->st_dev &&
		    st.st_ino == target->st_ino && ingest_maildir_is(path);
		if (ingest_maildir_list(path, &src->files, &src->nfiles) != 0) {
			log_error("%s: %s", path, g_strerror(errno));
			return -1;
		}
		src->count = src->nfiles;
		return 0;
	}
	if (!S_ISREG(st.st_mode)) {
		log_error("%s: not a file or directory", path);
		return EX_NOINPUT;
	}
	/* An mbox starts with a From_ line; an empty file is an empty mbox,
	 * anything else one message. */
	src->kind = SRC_FILE;
	src->count = 1;
	if ((fd = open(path, O_RDONLY | O_CLOEXEC)) < 0)
		goto bad;
	if (st.st_size == 0 || (pread(fd, head, 5, 0) == 5 &&
	    memcmp(head, "From ", 5) == 0)) {
		src->kind = SRC_MBOX;
		if (scan_map(src, fd, (size_t)st.st_size) != 0)
			goto bad;
		src->count = mbox_count(src->map, src->maplen);
	}
	close(fd);
	return 0;
bad:
	log_error("%s: %s", path, g_strerror(errno));
	if (fd >= 0)
		close(fd);
	src->unreadable = 1;
	return -1;
}

static void
scan_src_clear(struct scan_src *src)
{
	if (src->mapped)
		munmap((void *)src->map, src->maplen);
	else
		g_free((char *)src->map);
	ingest_maildir_free(&src->files);
}

/* Widens the source column to the longest label of src (up to a point). */
static void
scan_width(struct scan *s, const struct scan_src *src)
{
	size_t w = strlen(src->path);

	if (src->kind == SRC_DIR)
		for (size_t i = 0, l; i < src->nfiles; i++)
			if ((l = strlen(src->files[i])) > w)
				w = l;
	if (src->kind == SRC_MBOX)
		w += (size_t)snprintf(NULL, 0, "#%zu", src->count);
	if (w > SCAN_WIDTH_MAX)
		w = SCAN_WIDTH_MAX;
	if ((int)w > s->width)
		s->width = (int)w;
}

static gboolean opt_dry_run, opt_json;
static const GOptionEntry scan_options[] = {
	{ "dry-run", 'n', 0, G_OPTION_ARG_NONE, &opt_dry_run,
	    "Only report what would go where: write nothing", NULL },
	{ "json", 0, 0, G_OPTION_ARG_NONE, &opt_json,
	    "One JSON object per message (JSONL)", NULL },
	{ NULL, 0, 0, 0, NULL, NULL, NULL }
};

/* Every SOURCE must exist before anything is written; --dry-run files
 * nothing, so it needs neither the ledger nor the Maildir. */
static int
scan_plan(struct cmd_ctx *cx, int argc, char **argv)
{
	int rc = 0;

	if (argc < 2) {
		log_error("scan: no SOURCE given (try --help)");
		return EX_USAGE;
	}
	for (int i = 1; i < argc; i++)
		if (access(argv[i], F_OK) != 0 && errno == ENOENT) {
			log_error("%s: %s", argv[i], g_strerror(errno));
			rc = EX_NOINPUT;
		}
	if (opt_dry_run)
		cx->needs &= ~(unsigned)(CMD_OWNER | CMD_MAILDIR | CMD_FILE);
	return rc;
}

static int
scan_exec(struct cmd_ctx *cx, int argc, char **argv)
{
	struct cmd_env *env = &cx->env;
	int dry_run = opt_dry_run;
	struct scan s = { 0 };
	struct scan_src *src = NULL;
	struct stat target;
	int rc = 0, nsrc = 0, have_target;
	char *err = NULL;
	time_t now;
	double el;

	s.env = env;
	s.dry_run = dry_run;
	s.json = opt_json;
	s.tty = isatty(STDERR_FILENO) && !cx->co.quiet;
	s.ledger = cx->ledger;
	if (!dry_run) {
		s.store = store_new(env->conf);
		if (filing_recover(s.store, s.ledger, NULL, time(NULL), NULL,
		    &err) < 0) {
			log_error("%s", err);
			g_free(err);
			store_free(&s.store);
			return EX_TEMPFAIL;
		}
	}
	have_target = !dry_run && stat(env->conf->maildir, &target) == 0;
	nsrc = argc - 1;
	src = g_new0(struct scan_src, nsrc);
	for (int i = 0; i < nsrc; i++) {
		int r = scan_open(&src[i], argv[i + 1],
		    have_target ? &target : NULL);
		if (r == EX_NOINPUT)
			rc = EX_NOINPUT;
		s.total += src[i].count;
		scan_width(&s, &src[i]);
	}
	if (rc != 0)
		goto out;
	s.start = g_get_monotonic_time();
	now = time(NULL);
	for (int i = 0; i < nsrc; i++) {
		if (src[i].kind == SRC_DIR)
			for (size_t j = 0; j < src[i].nfiles; j++)
				scan_file(&s, src[i].files[j], src[i].move);
		else if (src[i].kind == SRC_MBOX)
			scan_mbox(&s, &src[i], now);
		else
			scan_file(&s, src[i].path, 0);
	}
	/* A directory we could not list counts as one failure. */
	for (int i = 0; i < nsrc; i++)
		if (src[i].kind == SRC_DIR && src[i].files == NULL) {
			s.failed++;
			s.done++;
		}
	fflush(stdout);
	scan_progress_clear(&s);
	el = scan_elapsed(&s);
	fprintf(stderr, "scanned %zu messages in %.2f s (%.0f msg/s): "
	    "critical %zu, high %zu, medium %zu, low %zu, errors %zu\n",
	    s.done, el, el > 0 ? (double)s.done / el : 0.0,
	    s.level[LEVEL_CRITICAL], s.level[LEVEL_HIGH],
	    s.level[LEVEL_MEDIUM], s.level[LEVEL_LOW], s.failed);
	if (ferror(stdout)) {
		log_error("writing the report: %s", g_strerror(errno));
		rc = EX_IOERR;
	}
	if (s.failed > 0)
		rc = EX_TEMPFAIL;
out:
	for (int i = 0; src != NULL && i < nsrc; i++)
		scan_src_clear(&src[i]);
	g_free(src);
	store_free(&s.store);
	return rc;
}

const struct cmd_entry cmd_scan_entry = {
	"scan", "[-c FILE] [--maildir DIR] [--filters DIR] [--dry-run] "
	"[--json] SOURCE...",
	"Classify a Maildir, a directory of message files, an mbox or a "
	"message file in one go; file each message into its priority "
	"folder and the ledger (a rerun files nothing twice), or only "
	"report with --dry-run. Sources are never changed, except the "
	"target Maildir's own INBOX, whose messages are moved (each "
	"original removed once its tagged copy is on disk).",
	/* Filing as root would leave files Dovecot cannot read: as the
	 * Maildir's owner (sources must be readable by that user). */
	CMD_JIT | CMD_OWNER | CMD_MAILDIR | CMD_FILE, -1, scan_options,
	scan_plan, scan_exec, NULL,
};
