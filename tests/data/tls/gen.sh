#!/bin/sh
# How the test certificates here were made (once; they are committed and
# valid for 20 years). Not run by the tests. Re-running replaces them all.
#   ca.pem                  the test CA the tests trust (ca_file)
#   server.pem/.key         127.0.0.1 and localhost, signed by ca.pem
#   wrong-host.pem/.key     wrong.example only, signed by ca.pem
#   other-ca.pem            a CA nobody trusts
#   other-server.pem/.key   127.0.0.0/8 names, signed by other-ca.pem
set -eu
cd "$(dirname "$0")"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
ca() {	# ca NAME SUBJECT
	openssl req -x509 -newkey rsa:2048 -nodes -days 7300 -sha256 \
	    -subj "$2" -keyout "$tmp/$1.key" -out "$1.pem" \
	    -addext basicConstraints=critical,CA:TRUE \
	    -addext keyUsage=critical,keyCertSign,cRLSign
}
leaf() {	# leaf NAME CA SAN
	openssl req -newkey rsa:2048 -nodes -sha256 -subj "/CN=$1" \
	    -keyout "$1.key" -out "$tmp/$1.csr"
	printf 'subjectAltName=%s\nbasicConstraints=CA:FALSE\nkeyUsage=digitalSignature,keyEncipherment\nextendedKeyUsage=serverAuth\n' \
	    "$3" > "$tmp/$1.ext"
	openssl x509 -req -in "$tmp/$1.csr" -CA "$2.pem" -CAkey "$tmp/$2.key" \
	    -CAcreateserial -CAserial "$tmp/$2.srl" -days 7300 -sha256 \
	    -extfile "$tmp/$1.ext" -out "$1.pem"
	chmod 0644 "$1.key"
}
ca ca "/CN=mailtriage test CA"
ca other-ca "/CN=mailtriage untrusted test CA"
leaf server ca "IP:127.0.0.1,DNS:localhost"
leaf wrong-host ca "DNS:wrong.example"
leaf other-server other-ca "IP:127.0.0.1,IP:127.0.0.2,IP:127.0.0.3,DNS:localhost"
