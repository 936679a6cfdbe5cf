/* Verifying an IMAP server's certificate chain and host name. libetpan
 * does the TLS handshake but checks nothing, so the IMAP module hands the
 * chain it received to this one before it sends LOGIN. The only file with
 * gnutls.h. */
#ifndef IMAP_TLS_H
#define IMAP_TLS_H

#include <stddef.h>

struct imap_tls_cert {
	const unsigned char *der;	/* DER bytes, peer's own first */
	size_t len;
};

/* Checks that chain leads to a trusted CA (ca_file, a PEM file, or the
 * system store when NULL), that it is valid now, and that its first
 * certificate names host (a DNS name or an IP address). Returns 0, or -1
 * with *err saying why in one line (caller frees). */
int imap_tls_verify(const struct imap_tls_cert *chain, size_t n,
    const char *host, const char *ca_file, char **err);

/* SHA-256 fingerprint of a DER certificate, "AB:CD:..." (for logs).
 * Caller frees. */
char *imap_tls_fingerprint(const struct imap_tls_cert *cert);

#endif
