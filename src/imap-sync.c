/* One poll pass over a watched IMAP folder: the folder's UIDVALIDITY
 * noted, what an earlier run left finished, then the new UIDs in
 * batches: each batch fetched in one UID FETCH (BODY.PEEK[]), classified,
 * and filed through the IMAP store (store-imap.c) by the one filing
 * protocol (filing.h, filing_batch): recorded in the ledger in one
 * transaction before the server is touched, keywords set and moved by
 * UID sets, marked done in one more. UIDs are handled in ascending order
 * and a pass stops at the first failure, so "above the highest UID in
 * the ledger" is exactly the set of messages not yet seen.
 *
 * When UIDVALIDITY changes, every UID is new again: the whole folder is
 * re-read, and a message whose Message-ID and body hash the ledger already
 * has is not filed a second time (no new ticket, not moved again). */
#include <string.h>
#include <time.h>

#include <glib.h>

#include "ack.h"
#include "conf.h"
#include "filing.h"
#include "imap-sync.h"
#include "imap.h"
#include "ledger.h"
#include "log.h"
#include "monitor.h"
#include "msg.h"
#include "mt.h"
#include "store.h"
#include "triage.h"

struct sync {
	struct imap_session *s;
	const struct conf_account *a;
	const struct triage_ctx *ctx;
	struct ledger *l;
	unsigned long uidvalidity;
	struct store *store;
	struct imap_sync_stats *st;
};

/* A pass's batches: the first is one message (a pass woken by IDLE
 * usually has one, and it waits for no other), the next ones up to
 * SYNC_BATCH messages and SYNC_BATCH_BYTES of them (their RFC822.SIZE; a
 * bigger message goes alone): what one UID FETCH holds in memory, twice
 * (libetpan's response and our copies). Each batch costs a few commands
 * and two commits whatever its size. */
#define SYNC_BATCH		128
#define SYNC_BATCH_BYTES	((size_t)8 << 20)

/* What became of one filed message: logged, counted, acknowledged. */
static void
sync_filed(struct sync *y, const struct filing_input *in,
    const struct filing_result *res)
{
	const struct triage *t = in->t;

	if (res->left)		/* recorded by an earlier pass */
		return;
	monitor_message(y->st->metrics, t, res->duplicate ?
	    MONITOR_DUPLICATE : MONITOR_FILED);
	if (res->duplicate)
		y->st->duplicates++;
	else
		y->st->filed++;
	log_info("%s: account=%s uid=%lu message-id=<%s> ticket=%lld "
	    "priority=%s folder=%s%s%s", res->duplicate ?
	    "duplicate, already filed, left in place" : "filed", y->a->name,
	    in->uid, t->msg != NULL && msg_message_id(t->msg) != NULL ?
	    msg_message_id(t->msg) : "", res->ticket,
	    mt_level_name(t->prio.level), res->duplicate ? y->a->folder :
	    res->folder, t->error != NULL ? " error=" : "", t->error != NULL ?
	    t->error : "");
	/* Recorded and on the server: the customer may hear from us. */
	if (!res->duplicate && res->ticket > 0 && res->row > 0)
		ack_after_filing(y->ctx->conf, y->l, t, res->ticket, res->row,
		    in->arrived);
	if (!res->duplicate)
		ack_bounced(y->l, t, in->arrived);
}

/* One batch of new UIDs: fetched, classified and filed (filing.h). */
static int
sync_batch(struct sync *y, const unsigned long *uids, size_t n, char **err)
{
	struct imap_message *m = g_new0(struct imap_message, n);
	struct triage *t = g_new0(struct triage, n);
	struct filing_input *in = g_new0(struct filing_input, n);
	struct filing_result *res = g_new0(struct filing_result, n);
	size_t nin = 0, done = 0;
	int k, rc = IMAP_TEMP;

	for (size_t i = 0; i < n; i++)
		m[i].uid = uids[i];
	if (imap_fetch(y->s, m, n, err) != IMAP_OK)
		goto out;
	for (size_t i = 0; i < n; i++) {
		time_t arrived = m[i].arrived != 0 ? m[i].arrived : time(NULL);

		if (m[i].raw == NULL)
			continue;	/* expunged meanwhile */
		if (triage_classify(y->ctx, m[i].raw, m[i].len, arrived,
		    &t[nin]) != 0) {
			*err = g_strdup("out of memory classifying a message");
			goto out;
		}
		in[nin] = (struct filing_input){ &t[nin], m[i].raw, m[i].len,
		    arrived, m[i].uid };
		nin++;
	}
	for (; done < nin; done += (size_t)k) {
		if ((k = filing_batch(y->store, y->l, in + done, nin - done,
		    res + done, err)) < 0) {
			for (size_t i = done; i < nin; i++)
				monitor_message(y->st->metrics, &t[i],
				    MONITOR_DEFERRED);
			goto out;
		}
		for (size_t i = done; i < done + (size_t)k; i++)
			sync_filed(y, &in[i], &res[i]);
	}
	rc = IMAP_OK;
out:
	for (size_t i = 0; i < n; i++) {
		filing_result_clear(&res[i]);
		triage_clear(&t[i]);
		g_free(m[i].raw);
	}
	g_free(m);
	g_free(t);
	g_free(in);
	g_free(res);
	return rc;
}

/* Notes the folder's UIDVALIDITY; a change is logged (RFC 3501 2.3.1.1:
 * every UID may now name a different message). */
static int
sync_uidvalidity(struct sync *y, char **err)
{
	unsigned long old = 0;
	int r;

	if (ledger_begin(y->l, err) != 0)
		return IMAP_TEMP;
	if ((r = ledger_imap_uidvalidity(y->l, y->a->name, y->a->folder, &old,
	    err)) < 0)
		goto fail;
	if (r == 1 && old == y->uidvalidity) {
		ledger_rollback(y->l);
		return IMAP_OK;
	}
	if (r == 1)
		log_warn("account %s: UIDVALIDITY of %s changed from %lu to "
		    "%lu: re-reading the whole folder; messages already in "
		    "the ledger (same Message-ID and body hash) are not filed "
		    "again", y->a->name, y->a->folder, old, y->uidvalidity);
	if (ledger_imap_set_uidvalidity(y->l, y->a->name, y->a->folder,
	    y->uidvalidity, err) != 0)
		goto fail;
	return ledger_commit(y->l, err) == 0 ? IMAP_OK : IMAP_TEMP;
fail:
	ledger_rollback(y->l);
	return IMAP_TEMP;
}

int
imap_sync(struct imap_session *s, const struct conf_account *a,
    const struct triage_ctx *ctx, struct ledger *l,
    int (*stop)(void), struct imap_sync_stats *st, char **err)
{
	struct sync y = { s, a, ctx, l, imap_session_uidvalidity(s), NULL,
	    st };
	unsigned long max = 0, *uids = NULL;
	size_t n = 0, *sizes = NULL;
	int rc, done;

	*err = NULL;
	if ((rc = sync_uidvalidity(&y, err)) != IMAP_OK)
		return rc;
	y.store = store_imap_new(ctx->conf, s, a, y.uidvalidity);
	rc = IMAP_TEMP;
	/* What an earlier run recorded but may not have done. */
	if ((done = filing_recover(y.store, l, NULL, time(NULL), stop,
	    err)) < 0)
		goto out;
	st->recovered += (size_t)done;
	if (ledger_imap_max_uid(l, a->name, a->folder, y.uidvalidity, &max,
	    err) != 0)
		goto out;
	/* Until a look finds nothing new and the server announced nothing
	 * while it looked: mail that arrives during a look may be announced
	 * in that command's answer, and IDLE would not announce it again. */
	for (;;) {
		unsigned long exists = imap_session_exists(s);

		if ((rc = imap_uids_after(s, max, &uids, &sizes, &n, err)) !=
		    IMAP_OK || (n == 0 && imap_session_exists(s) == exists))
			break;
		for (size_t i = 0, j; i < n && !stop() && rc == IMAP_OK;
		    i = j) {
			size_t want = i == 0 ? 1 : SYNC_BATCH;
			size_t bytes = sizes[i];

			for (j = i + 1; j < n && j - i < want &&
			    bytes + sizes[j] <= SYNC_BATCH_BYTES; j++)
				bytes += sizes[j];
			rc = sync_batch(&y, uids + i, j - i, err);
		}
		if (rc != IMAP_OK || stop())
			break;
		if (n > 0)
			max = uids[n - 1];
		g_clear_pointer(&uids, g_free);
		g_clear_pointer(&sizes, g_free);
	}
out:
	g_free(uids);
	g_free(sizes);
	store_free(&y.store);
	return rc;
}
