/* The IMAP store (store.h): a message of the watched folder stays on the
 * server; filing it records (account, folder, UIDVALIDITY, UID) with the
 * keywords and the target folder decided, then sets the keywords and
 * moves it (both idempotent, so an interrupted put is simply redone:
 * the server keeps the original until the move), then marks the UID row
 * done. A message the ledger has filed before (a UIDVALIDITY reset, the
 * same mail twice) gets its keywords only, so no second copy lands in the
 * target folder. */
#include <string.h>

#include <glib.h>

#include "auto.h"
#include "conf.h"
#include "imap.h"
#include "ledger.h"
#include "match.h"
#include "msg.h"
#include "mt.h"
#include "store.h"
#include "triage.h"

struct store_imap {
	struct store base;		/* first: a struct store * is one */
	struct imap_session *s;
	const struct conf_account *a;
	unsigned long uidvalidity;
};

/* A filing's UID row, and where the server says the message is now. */
struct store_imap_own {
	struct ledger_imap_row ir;
	unsigned long nuv, nuid;
};

/* "high" -> "High". */
static void
store_imap_capital(GString *out, const char *prefix, const char *name)
{
	g_string_append(out, prefix);
	g_string_append_c(out, g_ascii_toupper(name[0]));
	g_string_append(out, name + 1);
}

/* $Triage_High $Triage_Outage ... [$Triage_Error]. Caller frees. */
static char *
store_imap_keywords(const struct conf_account *a, const struct triage *t)
{
	GString *k = g_string_new(NULL);

	store_imap_capital(k, a->keyword_prefix, mt_level_name(t->prio.level));
	for (int i = 0; i < SIG_COUNT; i++)
		if (t->match.signals & (1u << i)) {
			g_string_append_c(k, ' ');
			store_imap_capital(k, a->keyword_prefix,
			    mt_signal_name(i));
		}
	if (t->error != NULL) {
		g_string_append_c(k, ' ');
		store_imap_capital(k, a->keyword_prefix, "error");
	}
	if (t->auto_kind != AUTO_NONE) {
		g_string_append_c(k, ' ');
		store_imap_capital(k, a->keyword_prefix, "auto");
	}
	if (t->incident > 0) {
		g_string_append_c(k, ' ');
		store_imap_capital(k, a->keyword_prefix, "incident");
	}
	return g_string_free(k, FALSE);
}

/* f->where: the folder its UID row says it went to. */
static void
store_imap_where(const struct store_imap *y, struct filing *f)
{
	const struct store_imap_own *o = f->own;

	g_free(f->where);
	f->where = g_strdup_printf("imap://%s/%s", y->a->name,
	    *o->ir.target != '\0' ? o->ir.target : o->ir.folder);
}

/* A UID already recorded: the next pass's recovery finishes it. */
static int
store_imap_claimed(struct store *st, struct filing *f, char **err)
{
	struct store_imap *y = (struct store_imap *)st;
	struct ledger_imap_row old;
	int found = ledger_imap_find(f->ledger, y->a->name, y->a->folder,
	    y->uidvalidity, f->uid, &old, err);

	if (found == 1)
		ledger_imap_row_clear(&old);
	return found;
}

/* Unclassifiable mail stays where it is, with $Triage_Error, as deliver
 * leaves it in error_folder (INBOX by default); a rule error costs the
 * rule only. The watched folder itself means "left in place". */
static char *
store_imap_target(struct store *st, const struct triage *t)
{
	struct store_imap *y = (struct store_imap *)st;

	return g_strdup(!y->a->move || t->unclassified ? y->a->folder :
	    t->auto_kind != AUTO_NONE ? imap_session_auto(y->s) :
	    imap_session_target(y->s, t->prio.level));
}

/* During recovery (a UID row): 1 when nothing is left to do on the server
 * (the message has left the watched folder: moved, or expunged by
 * someone), 0 when it is still there. A message row of an older
 * UIDVALIDITY was never moved: its new UID is still to be put. */
static int
store_imap_present(struct store *st, struct filing *f, char **err)
{
	struct store_imap *y = (struct store_imap *)st;
	struct store_imap_own *o = f->own;
	int ex;

	if (o == NULL)
		return 0;
	if ((ex = imap_exists(y->s, o->ir.uid, err)) < 0)
		return -1;
	if (ex == 0)
		store_imap_where(y, f);
	return !ex;
}

static int
store_imap_reserve(struct store *st, struct filing *f, char **err)
{
	struct store_imap *y = (struct store_imap *)st;
	struct store_imap_own *o = g_new0(struct store_imap_own, 1);
	struct ledger_imap_row *ir = &o->ir;
	const struct triage *t = f->t;

	f->own = o;
	ir->account = g_strdup(y->a->name);
	ir->folder = g_strdup(y->a->folder);
	ir->uidvalidity = y->uidvalidity;
	ir->uid = f->uid;
	ir->message_id = g_strdup(t->msg != NULL ? msg_message_id(t->msg) :
	    NULL);
	ir->body_hash = g_strdup(t->body_hash);
	ir->keywords = store_imap_keywords(y->a, t);
	ir->ticket = f->row.ticket;
	/* Filed before: keywords only, no second copy. */
	ir->message = f->duplicate ? 0 : f->row.id;
	ir->target = g_strdup(f->duplicate || f->row.folder == NULL ||
	    strcmp(f->row.folder, y->a->folder) == 0 ? "" : f->row.folder);
	f->put = 1;
	return ledger_imap_insert(f->ledger, ir, err);
}

/* Keywords, then the move: both idempotent, so a redo is safe. */
static int
store_imap_put(struct store *st, struct filing *f, int redo, char **err)
{
	struct store_imap *y = (struct store_imap *)st;
	struct store_imap_own *o = f->own;
	const struct ledger_imap_row *r = &o->ir;

	o->nuv = *r->target == '\0' ? r->uidvalidity : 0;
	o->nuid = *r->target == '\0' ? r->uid : 0;
	if (*r->keywords != '\0' && imap_add_keywords(y->s, &r->uid, 1,
	    r->keywords, err) != IMAP_OK)
		return -1;
	if (*r->target != '\0' && imap_move(y->s, r->uid, r->target,
	    r->message_id, redo, &o->nuv, &o->nuid, err) != IMAP_OK)
		return -1;
	store_imap_where(y, f);
	return 0;
}

static void
store_imap_array_free(gpointer a)
{
	g_array_free(a, TRUE);
}

/* Appends v to the list under name in by (name -> GArray). */
static void
store_imap_group(GHashTable *by, const char *name, unsigned long v)
{
	GArray *a = g_hash_table_lookup(by, name);

	if (a == NULL) {
		a = g_array_new(FALSE, FALSE, sizeof(unsigned long));
		g_hash_table_insert(by, g_strdup(name), a);
	}
	g_array_append_val(a, v);
}

/* A batch's keywords, one UID STORE per keyword for the UIDs that get
 * it, then its moves, one per target folder: a few commands a batch,
 * not three a message. Idempotent as put's: a batch cut short is
 * finished by recovery's put, message by message. */
static int
store_imap_put_many(struct store *st, struct filing **fs, size_t n,
    char **err)
{
	struct store_imap *y = (struct store_imap *)st;
	GHashTable *kw = g_hash_table_new_full(g_str_hash, g_str_equal,
	    g_free, store_imap_array_free);
	GHashTable *to = g_hash_table_new_full(g_str_hash, g_str_equal,
	    g_free, store_imap_array_free);
	GHashTableIter it;
	gpointer name, v;
	int rc = -1;

	for (size_t i = 0; i < n; i++) {
		struct store_imap_own *o = fs[i]->own;
		const struct ledger_imap_row *r = &o->ir;
		char **k = g_strsplit(r->keywords, " ", -1);

		for (char **p = k; *p != NULL; p++)
			if (**p != '\0')
				store_imap_group(kw, *p, r->uid);
		g_strfreev(k);
		if (*r->target != '\0')
			store_imap_group(to, r->target, i);
		o->nuv = *r->target == '\0' ? r->uidvalidity : 0;
		o->nuid = *r->target == '\0' ? r->uid : 0;
	}
	g_hash_table_iter_init(&it, kw);
	while (g_hash_table_iter_next(&it, &name, &v))
		if (imap_add_keywords(y->s, &g_array_index((GArray *)v,
		    unsigned long, 0), ((GArray *)v)->len, name, err) !=
		    IMAP_OK)
			goto out;
	mt_test_crash("AFTER_KEYWORDS");
	g_hash_table_iter_init(&it, to);
	while (g_hash_table_iter_next(&it, &name, &v)) {
		GArray *ix = v;
		unsigned long *uids = g_new(unsigned long, ix->len);
		unsigned long *nuids = g_new(unsigned long, ix->len), nuv;
		int r;

		for (guint j = 0; j < ix->len; j++)
			uids[j] = ((struct store_imap_own *)fs[g_array_index(
			    ix, unsigned long, j)]->own)->ir.uid;
		r = imap_move_uids(y->s, uids, ix->len, name, &nuv, nuids,
		    err);
		for (guint j = 0; r == IMAP_OK && j < ix->len; j++) {
			struct store_imap_own *o = fs[g_array_index(ix,
			    unsigned long, j)]->own;

			o->nuid = nuids[j];
			o->nuv = nuids[j] != 0 ? nuv : 0;
		}
		g_free(uids);
		g_free(nuids);
		if (r != IMAP_OK)
			goto out;
		mt_test_crash("AFTER_MOVE");
	}
	for (size_t i = 0; i < n; i++)
		store_imap_where(y, fs[i]);
	rc = 0;
out:
	g_hash_table_destroy(kw);
	g_hash_table_destroy(to);
	return rc;
}

/* The UID row done, and the message's UID in its new folder when the
 * server said (imap-sla.c finds it there). */
static int
store_imap_mark(struct store *st, struct filing *f, char **err)
{
	struct store_imap_own *o = f->own;
	const struct ledger_imap_row *r = &o->ir;

	(void)st;
	if (ledger_imap_mark_done(f->ledger, r->account, r->folder,
	    r->uidvalidity, r->uid, err) != 0)
		return -1;
	return o->nuid != 0 ? ledger_imap_set_location(f->ledger, r, NULL,
	    o->nuv, o->nuid, NULL, err) : 0;
}

/* The UID rows still 'recorded' under the current UIDVALIDITY. */
static int
store_imap_unfinished(struct store *st, struct ledger *l, time_t now,
    struct filing **out, size_t *n, char **err)
{
	struct store_imap *y = (struct store_imap *)st;
	struct ledger_imap_row *rows = NULL;
	size_t nrows = 0;

	(void)now;
	*out = NULL;
	*n = 0;
	if (ledger_imap_recorded(l, y->a->name, y->a->folder, y->uidvalidity,
	    &rows, &nrows, err) != 0)
		return -1;
	*out = g_new0(struct filing, nrows + 1);
	for (size_t i = 0; i < nrows; i++) {
		struct filing *f = &(*out)[i];
		struct store_imap_own *o = g_new0(struct store_imap_own, 1);

		o->ir = rows[i];	/* moved */
		f->ledger = l;
		f->own = o;
		f->duplicate = o->ir.message == 0;
		f->row.id = o->ir.message;
		f->row.ticket = o->ir.ticket;
		f->row.message_id = g_strdup(o->ir.message_id);
		f->row.body_hash = g_strdup(o->ir.body_hash);
		f->row.folder = g_strdup(*o->ir.target != '\0' ?
		    o->ir.target : o->ir.folder);
	}
	*n = nrows;
	g_free(rows);
	return 0;
}

static char *
store_imap_describe(struct store *st, const struct filing *f)
{
	struct store_imap *y = (struct store_imap *)st;
	const struct store_imap_own *o = f->own;

	if (o == NULL)
		return g_strdup_printf("account=%s uid=%lu", y->a->name,
		    f->uid);
	return g_strdup_printf("account=%s uid=%lu message-id=<%s> "
	    "ticket=%lld folder=%s keywords=%s", y->a->name, o->ir.uid,
	    o->ir.message_id != NULL ? o->ir.message_id : "", o->ir.ticket,
	    *o->ir.target != '\0' ? o->ir.target : o->ir.folder,
	    o->ir.keywords);
}

static void
store_imap_release(struct store *st, struct filing *f)
{
	struct store_imap_own *o = f->own;

	(void)st;
	ledger_imap_row_clear(&o->ir);
	g_free(o);
}

static const struct store_ops store_imap_ops = {
	.name = "imap",
	.claimed = store_imap_claimed,
	.target = store_imap_target,
	.present = store_imap_present,
	.reserve = store_imap_reserve,
	.put = store_imap_put,
	.put_many = store_imap_put_many,
	.mark = store_imap_mark,
	.unfinished = store_imap_unfinished,
	.describe = store_imap_describe,
	.release = store_imap_release,
	.keeps_original = 1,
	.stop_on_error = 1,
};

struct store *
store_imap_new(const struct conf *c, struct imap_session *s,
    const struct conf_account *a, unsigned long uidvalidity)
{
	struct store_imap *y = g_new0(struct store_imap, 1);

	y->base.ops = &store_imap_ops;
	y->base.conf = c;
	y->s = s;
	y->a = a;
	y->uidvalidity = uidvalidity;
	return &y->base;
}
