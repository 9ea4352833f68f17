/*-------------------------------------------------------------------------
 *
 * alloc.c
 *	  The allocator of the text core (malloc by default, palloc inside the
 *	  server) and the growable buffers built on it.
 *
 *-------------------------------------------------------------------------
 */
#include "vn_internal.h"

#include <stdlib.h>
#include <string.h>

static void *(*alloc_hook) (size_t) = malloc;
static void *(*realloc_hook) (void *, size_t) = realloc;
static void (*free_hook) (void *) = free;

void
vn_set_allocator(void *(*alloc_fn) (size_t),
				 void *(*realloc_fn) (void *, size_t),
				 void (*free_fn) (void *))
{
	alloc_hook = alloc_fn ? alloc_fn : malloc;
	realloc_hook = realloc_fn ? realloc_fn : realloc;
	free_hook = free_fn ? free_fn : free;
}

void *
vn_alloc(size_t size)
{
	return alloc_hook(size ? size : 1);
}

/* realloc that also accepts NULL, which palloc's repalloc does not. */
void *
vn_realloc(void *p, size_t size)
{
	if (p == NULL)
		return vn_alloc(size);
	return realloc_hook(p, size ? size : 1);
}

void
vn_free(void *p)
{
	if (p != NULL)
		free_hook(p);
}

void
vn_text_free(vn_text *t)
{
	if (t == NULL)
		return;
	vn_free(t->data);
	t->data = NULL;
	t->len = 0;
}

vn_status
vn_cps_reserve(vn_cps *b, size_t cap)
{
	UChar32    *p;

	if (cap <= b->cap)
		return VN_OK;
	if (cap < 16)
		cap = 16;
	if (cap < b->cap * 2)
		cap = b->cap * 2;
	p = vn_realloc(b->cp, cap * sizeof(UChar32));
	if (p == NULL)
		return VN_ERR_NOMEM;
	b->cp = p;
	b->cap = cap;
	return VN_OK;
}

vn_status
vn_cps_push(vn_cps *b, UChar32 c)
{
	if (b->n == b->cap)
	{
		vn_status	st = vn_cps_reserve(b, b->n + 1);

		if (st != VN_OK)
			return st;
	}
	b->cp[b->n++] = c;
	return VN_OK;
}

void
vn_cps_free(vn_cps *b)
{
	vn_free(b->cp);
	b->cp = NULL;
	b->n = b->cap = 0;
}

/* Make room for extra more bytes plus the terminating NUL. */
vn_status
vn_bytes_reserve(vn_bytes *b, size_t extra)
{
	size_t		need = b->len + extra + 1;
	size_t		cap;
	char	   *p;

	if (need <= b->cap)
		return VN_OK;
	cap = b->cap * 2;
	if (cap < need)
		cap = need;
	if (cap < 32)
		cap = 32;
	p = vn_realloc(b->data, cap);
	if (p == NULL)
		return VN_ERR_NOMEM;
	b->data = p;
	b->cap = cap;
	return VN_OK;
}

vn_status
vn_bytes_put_cp(vn_bytes *b, UChar32 c)
{
	unsigned char *d;

	if (b->len + 5 > b->cap)
	{
		vn_status	st = vn_bytes_reserve(b, 4);

		if (st != VN_OK)
			return st;
	}
	d = (unsigned char *) b->data + b->len;
	if (c < 0x80)
	{
		d[0] = (unsigned char) c;
		b->len += 1;
	}
	else if (c < 0x800)
	{
		d[0] = 0xC0 | (c >> 6);
		d[1] = 0x80 | (c & 0x3F);
		b->len += 2;
	}
	else if (c < 0x10000)
	{
		d[0] = 0xE0 | (c >> 12);
		d[1] = 0x80 | ((c >> 6) & 0x3F);
		d[2] = 0x80 | (c & 0x3F);
		b->len += 3;
	}
	else
	{
		d[0] = 0xF0 | (c >> 18);
		d[1] = 0x80 | ((c >> 12) & 0x3F);
		d[2] = 0x80 | ((c >> 6) & 0x3F);
		d[3] = 0x80 | (c & 0x3F);
		b->len += 4;
	}
	return VN_OK;
}

/* Hand the buffer over as a result (an empty string if nothing was put). */
vn_status
vn_bytes_finish(vn_bytes *b, vn_text *out)
{
	vn_status	st = vn_bytes_reserve(b, 0);

	if (st != VN_OK)
		return st;
	b->data[b->len] = '\0';
	out->data = b->data;
	out->len = b->len;
	b->data = NULL;
	b->len = b->cap = 0;
	return VN_OK;
}

void
vn_bytes_free(vn_bytes *b)
{
	vn_free(b->data);
	b->data = NULL;
	b->len = b->cap = 0;
}
