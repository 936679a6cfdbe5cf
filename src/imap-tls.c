/* Certificate verification for IMAP over TLS, with GnuTLS (what Debian's
 * libetpan is built with). RFC 6125 host name rules, as GnuTLS applies
 * them: the subjectAltName DNS names, or IP addresses for an IP host. */
#include <string.h>

#include <glib.h>
#include <gnutls/gnutls.h>
#include <gnutls/x509.h>

#include "imap-tls.h"

/* The trust anchors: ca_file, or the system store. */
static int
imap_tls_trust(const char *ca_file, gnutls_x509_trust_list_t *out,
    char **err)
{
	gnutls_x509_trust_list_t tl;
	int n;

	if (gnutls_x509_trust_list_init(&tl, 0) < 0) {
		*err = g_strdup("out of memory");
		return -1;
	}
	if (ca_file != NULL)
		n = gnutls_x509_trust_list_add_trust_file(tl, ca_file, NULL,
		    GNUTLS_X509_FMT_PEM, 0, 0);
	else
		n = gnutls_x509_trust_list_add_system_trust(tl, 0, 0);
	if (n <= 0) {
		*err = g_strdup_printf("no CA certificates in %s%s%s",
		    ca_file != NULL ? ca_file : "the system trust store",
		    n < 0 ? ": " : "", n < 0 ? gnutls_strerror(n) : "");
		gnutls_x509_trust_list_deinit(tl, 1);
		return -1;
	}
	*out = tl;
	return 0;
}

int
imap_tls_verify(const struct imap_tls_cert *chain, size_t n,
    const char *host, const char *ca_file, char **err)
{
	gnutls_x509_trust_list_t tl = NULL;
	gnutls_x509_crt_t *crt = NULL;
	gnutls_datum_t out = { NULL, 0 };
	unsigned status = 0;
	size_t have = 0;
	int r, rc = -1;
	gnutls_typed_vdata_st data[2] = {
		{ GNUTLS_DT_DNS_HOSTNAME, (unsigned char *)host, 0 },
		{ GNUTLS_DT_KEY_PURPOSE_OID,
		    (unsigned char *)GNUTLS_KP_TLS_WWW_SERVER, 0 },
	};

	*err = NULL;
	if (n == 0) {
		*err = g_strdup("the server sent no certificate");
		return -1;
	}
	if (imap_tls_trust(ca_file, &tl, err) != 0)
		return -1;
	crt = g_new0(gnutls_x509_crt_t, n);
	for (have = 0; have < n; have++) {
		gnutls_datum_t d = { (unsigned char *)chain[have].der,
		    (unsigned)chain[have].len };
		if (gnutls_x509_crt_init(&crt[have]) < 0)
			goto out;
		if ((r = gnutls_x509_crt_import(crt[have], &d,
		    GNUTLS_X509_FMT_DER)) < 0) {
			gnutls_x509_crt_deinit(crt[have]);
			*err = g_strdup_printf("unreadable certificate: %s",
			    gnutls_strerror(r));
			goto out;
		}
	}
	r = gnutls_x509_trust_list_verify_crt2(tl, crt, (unsigned)n, data, 2,
	    0, &status, NULL);
	if (r < 0) {
		*err = g_strdup_printf("cannot verify: %s", gnutls_strerror(r));
		goto out;
	}
	if (status != 0) {
		if (gnutls_certificate_verification_status_print(status,
		    GNUTLS_CRT_X509, &out, 0) < 0)
			*err = g_strdup_printf("not trusted (status 0x%x)",
			    status);
		else
			*err = g_strstrip(g_strdup((const char *)out.data));
		gnutls_free(out.data);
		goto out;
	}
	rc = 0;
out:
	if (rc != 0 && *err == NULL)
		*err = g_strdup("out of memory");
	for (size_t i = 0; i < have; i++)
		gnutls_x509_crt_deinit(crt[i]);
	g_free(crt);
	gnutls_x509_trust_list_deinit(tl, 1);
	return rc;
}

char *
imap_tls_fingerprint(const struct imap_tls_cert *cert)
{
	GChecksum *ck = g_checksum_new(G_CHECKSUM_SHA256);
	guint8 digest[32];
	gsize dlen = sizeof(digest);
	GString *s = g_string_new(NULL);

	g_checksum_update(ck, cert->der, cert->len);
	g_checksum_get_digest(ck, digest, &dlen);
	g_checksum_free(ck);
	for (gsize i = 0; i < dlen; i++)
		g_string_append_printf(s, "%s%02X", i ? ":" : "", digest[i]);
	return g_string_free(s, FALSE);
}
