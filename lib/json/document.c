/* SPDX-License-Identifier: Apache-2.0 */
/* The skeleton every reader shares: the members of an object one by one,
 * a document read member by member with its big array one element at a
 * time (or whole when it is not an object), and a file read then handed
 * to the reader of its text. The readers of dossier.c and regles.c say
 * only what each member means. */
#include "json/json.h"

#include <stdlib.h>

int clas__json_members(clas_json_ctx *ctx, json_t *v, clas_json_member member, void *data, const char *allowed)
{
    int st = clas__json_object(ctx, v);
    if (st != CLAS_OK)
        return st;
    const char *key;
    json_t *val;
    json_object_foreach(v, key, val) {
        clas__json_push_key(ctx, key);
        st = member(ctx, key, val, data);
        /* on an error the path stays at the member, for its location */
        if (st == CLAS_JSON_UNKNOWN)
            return clas__json_unknown_member(ctx, key, allowed);
        if (st != CLAS_OK)
            return st;
        clas__json_pop(ctx);
    }
    return CLAS_OK;
}

int clas__json_read_document(void **out, const clas_json_document *doc, const char *json, size_t len,
                             const char *origin)
{
    clas_json_ctx *ctx = malloc(sizeof *ctx);
    if (!ctx)
        return clas__fail_nomem(NULL);
    clas__json_ctx_init(ctx, json, len, origin);
    json_t *root = NULL;
    void *obj = NULL;
    size_t big_at;
    int st = clas__json_precheck(ctx);
    if (st == CLAS_OK)
        st = clas__json_split_scan(&root, &big_at, ctx, doc->split);
    if (st == CLAS_OK) {
        /* the members but the big array, then its elements one by one */
        st = doc->parse(&obj, ctx, root);
        if (big_at != SIZE_MAX)
            st = clas__json_split_each(ctx, big_at, doc->split->names[doc->split->big], doc->element, obj, st);
    } else if (st == 1) {
        st = clas__json_load(&root, ctx);
        if (st == CLAS_OK)
            st = doc->parse(&obj, ctx, root);
    }
    json_decref(root);
    free(ctx);
    if (st == CLAS_OK)
        *out = obj;
    else if (obj)
        doc->free(obj);
    return st;
}

int clas__json_read_text_file(const char *path, clas_json_text_reader read, void *data)
{
    char *buf;
    size_t len;
    int st = clas__json_read_file(path, &buf, &len);
    if (st != CLAS_OK)
        return st;
    st = read(data, buf, len, path);
    free(buf);
    return st;
}
