#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# meson install script: copies the built package directory $1, except
# libs/ (meson installs the shared object itself), into
# $DESTDIR$MESON_INSTALL_PREFIX/$2.
set -eu
dest="${DESTDIR:-}${MESON_INSTALL_PREFIX}/$2"
mkdir -p "$dest"
for f in DESCRIPTION NAMESPACE Meta R; do
    rm -rf "$dest/$f"
    cp -R "$1/$f" "$dest/$f"
done
echo "Installing R package clas to $dest"
