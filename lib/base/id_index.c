/* SPDX-License-Identifier: Apache-2.0 */
/* An index of the ids of an array of objects (collectifs of a dossier,
 * dossiers of a campaign), so that checking a new id for a duplicate costs
 * O(1) instead of a comparison with every id already held: loading n
 * objects stays linear. Open addressing; a slot holds a position in the
 * array plus one (0 = empty), at most half the slots are used. */
#include "base/base.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* FNV-1a: ids are short and this is cheap. */
static size_t id_hash(const char *id)
{
    uint64_t h = UINT64_C(14695981039346656037);
    for (const unsigned char *p = (const unsigned char *)id; *p; p++)
        h = (h ^ *p) * UINT64_C(1099511628211);
    return (size_t)h;
}

static void put(size_t *slots, size_t cap, const char *id, size_t i)
{
    size_t k = id_hash(id) & (cap - 1);
    while (slots[k])
        k = (k + 1) & (cap - 1);
    slots[k] = i + 1;
}

void clas__id_index_free(clas_id_index *ix)
{
    free(ix->slots);
    memset(ix, 0, sizeof *ix);
}

int clas__id_index_rebuild(clas_id_index *ix, const void *items, size_t count, clas_id_of id_of, size_t extra)
{
    size_t named = 0;
    for (size_t i = 0; i < count; i++)
        named += id_of(items, i)[0] != '\0';
    size_t cap = ix->cap ? ix->cap : 16;
    while (cap / 2 < named + extra) {
        if (cap > SIZE_MAX / 2 / sizeof *ix->slots)
            return clas__fail_nomem(NULL);
        cap *= 2;
    }
    size_t *slots = ix->slots;
    if (cap != ix->cap || !slots) {
        slots = calloc(cap, sizeof *slots);
        if (!slots)
            return clas__fail_nomem(NULL);
        free(ix->slots);
    } else {
        memset(slots, 0, cap * sizeof *slots);
    }
    for (size_t i = 0; i < count; i++) {
        const char *id = id_of(items, i);
        if (id[0] != '\0')
            put(slots, cap, id, i);
    }
    ix->slots = slots;
    ix->cap = cap;
    ix->used = named;
    return CLAS_OK;
}

int clas__id_index_reserve(clas_id_index *ix, const void *items, size_t count, clas_id_of id_of)
{
    if (ix->slots && ix->cap / 2 >= ix->used + 1)
        return CLAS_OK;
    return clas__id_index_rebuild(ix, items, count, id_of, 1);
}

size_t clas__id_index_find(const clas_id_index *ix, const void *items, clas_id_of id_of, const char *id)
{
    if (!ix->slots || id[0] == '\0')
        return SIZE_MAX;
    size_t mask = ix->cap - 1;
    for (size_t k = id_hash(id) & mask; ix->slots[k]; k = (k + 1) & mask)
        if (strcmp(id_of(items, ix->slots[k] - 1), id) == 0)
            return ix->slots[k] - 1;
    return SIZE_MAX;
}

void clas__id_index_put(clas_id_index *ix, const char *id, size_t i)
{
    if (id[0] == '\0')
        return;
    put(ix->slots, ix->cap, id, i);
    ix->used++;
}
