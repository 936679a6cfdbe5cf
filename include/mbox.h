/* Splitting an mbox into its messages, for scan.
 *
 * A message starts at a line beginning "From " that is at the start of
 * the buffer or follows an empty line ("\n" or "\r\n"); a "From " line
 * after a non-empty line is body text. The From_ line itself is not part
 * of the message, and neither is the empty line before the next From_
 * (the writer's separator). Bytes before the first From_ line, if any,
 * count as one message without an envelope.
 *
 * Quoting: both mboxo and mboxrd writers quote body lines starting with
 * "From " by prepending ">"; mboxrd also quotes lines that already start
 * with ">+From ". We undo the mboxrd way: one ">" is removed from every
 * line matching ^>+From . For an mboxo file this also strips a ">" that
 * the sender typed before "From " himself; the formats cannot be told
 * apart, and losing that ">" is the lesser evil. */
#ifndef MBOX_H
#define MBOX_H

#include <stddef.h>

/* A cursor over an mbox held in memory (mmap'd or read); the buffer must
 * outlive it. Need not be NUL-terminated. */
struct mbox_iter {
	const char *buf;
	size_t len;
	size_t pos;
	size_t n;		/* messages returned so far */
};

void mbox_iter_init(struct mbox_iter *it, const char *buf, size_t len);

/* The next message, still quoted: *msg points into the buffer, *from_line
 * at its From_ line (NULL for leading bytes without one). Returns 1, or 0
 * at the end. */
int mbox_next(struct mbox_iter *it, const char **msg, size_t *len,
    const char **from_line);

/* The number of messages in buf (a full pass of mbox_next). */
size_t mbox_count(const char *buf, size_t len);

/* 1 when msg has a line that mbox_unescape changes. */
int mbox_is_quoted(const char *msg, size_t len);

/* msg with one ">" removed from each line matching ^>+From . Returns a
 * NUL-terminated copy and its length in *outlen. Caller frees (free()). */
char *mbox_unescape(const char *msg, size_t len, size_t *outlen);

#endif
