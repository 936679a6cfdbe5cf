/* The Maildir store (store.h): a message is tagged (X-Triage-* headers
 * prepended to the original bytes) and written into its Maildir++ folder
 * under a file name reserved in the ledger first, so that a retry can
 * tell whether a crashed run's copy is on disk (maildir.c does
 * the writing: tmp/, fsync, link into new/, fsync). */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include <glib.h>

#include "conf.h"
#include "maildir.h"
#include "ledger.h"
#include "log.h"
#include "store.h"
#include "triage.h"

/* Older than any MTA's queue lifetime: nothing will come of it; check
 * still counts it. */
#define STORE_MAILDIR_PENDING_MAX_AGE (7 * 24 * 3600)

/* The tagged copy reserved for a filing. */
struct store_maildir_copy {
	char *data;
	size_t len;
};

static int
store_maildir_prepare(struct store *s, struct filing *f, char **err)
{
	return maildir_ensure(s->conf->maildir, f->t->folder, err);
}

static char *
store_maildir_target(struct store *s, const struct triage *t)
{
	(void)s;
	return g_strdup(t->folder);
}

static int
store_maildir_present(struct store *s, struct filing *f, char **err)
{
	char *path = NULL;
	int r;

	if (f->row.file == NULL)	/* not reserved by this store */
		return 0;
	r = maildir_find(s->conf->maildir, f->row.folder, f->row.file, &path);
	if (r < 0) {
		*err = g_strdup_printf("looking for %s: %s", f->row.file,
		    g_strerror(errno));
		return -1;
	}
	/* Found: synced now, as the crashed run may not have done. */
	if (r == 1 && maildir_settle(path, err) != 0) {
		g_free(path);
		return -1;
	}
	if (r == 1) {
		g_free(f->where);
		f->where = path;
	}
	return r;
}

/* The file name carries the tagged copy's size (S=), so the copy is
 * made here. */
static int
store_maildir_reserve(struct store *s, struct filing *f, char **err)
{
	struct store_maildir_copy *cp;
	char *name;

	(void)s;
	if (f->duplicate) {
		f->put = 0;
		return 0;
	}
	cp = g_new0(struct store_maildir_copy, 1);
	cp->data = triage_tag(f->t, f->row.ticket, f->raw, f->len, &cp->len);
	f->own = cp;
	name = maildir_unique_name(cp->len);
	if (ledger_set_file(f->ledger, f->row.id, name, err) != 0) {
		free(name);
		return -1;
	}
	g_free(f->row.file);
	f->row.file = g_strdup(name);
	free(name);
	f->put = 1;
	return 0;
}

static int
store_maildir_put(struct store *s, struct filing *f, int redo, char **err)
{
	const struct store_maildir_copy *cp = f->own;

	(void)redo;
	/* The history may have moved it to a more urgent folder. */
	if (maildir_ensure(s->conf->maildir, f->row.folder, err) != 0)
		return -1;
	g_free(f->where);
	f->where = NULL;
	return maildir_deliver(s->conf->maildir, f->row.folder, f->row.file,
	    cp->data, cp->len, &f->where, err);
}

/* The pending rows with a file name: this store's reservations. */
static int
store_maildir_unfinished(struct store *s, struct ledger *l, time_t now,
    struct filing **out, size_t *n, char **err)
{
	(void)s;
	return store_pending(l, now - STORE_MAILDIR_PENDING_MAX_AGE,
	    maildir_is_name, out, n, err);
}

static char *
store_maildir_describe(struct store *s, const struct filing *f)
{
	(void)s;
	return g_strdup_printf("message-id=<%s> path=%s",
	    f->row.message_id != NULL ? f->row.message_id : "",
	    f->where != NULL ? f->where : f->row.file != NULL ? f->row.file :
	    "-");
}

static void
store_maildir_release(struct store *s, struct filing *f)
{
	struct store_maildir_copy *cp = f->own;

	(void)s;
	free(cp->data);
	g_free(cp);
}

/* tmp/ files older than 36 hours in folder (NULL: INBOX, the error
 * folder and every priority folder). */
static void
store_maildir_tidy(struct store *s, const char *folder, time_t now)
{
	const struct conf *c = s->conf;

	for (int i = -2; i < (folder != NULL ? -1 : LEVEL_COUNT); i++) {
		const char *fo = i == -2 ? (folder != NULL ? folder : "") :
		    i == -1 ? c->error_folder : c->level[i].folder;
		char *cerr = NULL;
		int gone = maildir_clean_tmp(c->maildir, fo, now, &cerr);

		if (gone < 0)
			log_warn("cleaning tmp/ of %s: %s", *fo ? fo : "INBOX",
			    cerr);
		else if (gone > 0)
			log_info("removed %d leftover file%s older than 36 "
			    "hours from %s/tmp", gone, gone == 1 ? "" : "s",
			    *fo ? fo : "INBOX");
		g_free(cerr);
	}
}

static const struct store_ops store_maildir_ops = {
	.name = "maildir",
	.prepare = store_maildir_prepare,
	.target = store_maildir_target,
	.present = store_maildir_present,
	.reserve = store_maildir_reserve,
	.put = store_maildir_put,
	.unfinished = store_maildir_unfinished,
	.describe = store_maildir_describe,
	.release = store_maildir_release,
	.tidy = store_maildir_tidy,
};

struct store *
store_maildir_new(const struct conf *c)
{
	struct store *s = g_new0(struct store, 1);

	s->ops = &store_maildir_ops;
	s->conf = c;
	return s;
}
