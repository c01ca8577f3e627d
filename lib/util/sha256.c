/* Content hashes of files (SHA-256, from nettle). */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <nettle/sha2.h>

#include "sha256.h"

struct lr_sha256 {
	struct sha256_ctx ctx;
};

lr_sha256 *
lr_sha256_new(void)
{
	lr_sha256 *h = malloc(sizeof(*h));

	if (h != NULL)
		sha256_init(&h->ctx);
	return h;
}

void
lr_sha256_add(lr_sha256 *h, const void *buf, size_t len)
{
	sha256_update(&h->ctx, len, buf);
}

void
lr_sha256_hex(lr_sha256 *h, char hex[65])
{
	uint8_t d[SHA256_DIGEST_SIZE];

	sha256_digest(&h->ctx, sizeof(d), d);
	for (size_t i = 0; i < sizeof(d); i++)
		snprintf(hex + 2 * i, 3, "%02x", d[i]);
}

void
lr_sha256_free(lr_sha256 *h)
{
	free(h);
}

int
lr_sha256_file(const char *path, char hex[65], uint64_t *bytes,
    lr_sha256 *also, lr_err *err)
{
	unsigned char buf[1 << 16];
	struct sha256_ctx ctx;
	FILE *fp = fopen(path, "rb");
	size_t n;

	if (fp == NULL) {
		lr_err_set(err, "%s", strerror(errno));
		return -1;
	}
	sha256_init(&ctx);
	*bytes = 0;
	while ((n = fread(buf, 1, sizeof(buf), fp)) > 0) {
		sha256_update(&ctx, n, buf);
		if (also != NULL)
			lr_sha256_add(also, buf, n);
		*bytes += n;
	}
	if (ferror(fp)) {
		lr_err_sys(err, "read error: %s", strerror(errno));
		fclose(fp);
		return -1;
	}
	fclose(fp);
	lr_sha256 h = { ctx };
	lr_sha256_hex(&h, hex);
	return 0;
}
