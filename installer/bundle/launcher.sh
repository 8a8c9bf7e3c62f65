#!/bin/sh
# Starts the bundled program of the same name (libexec/) with the bundled Qt: the
# executable finds its libraries through its $ORIGIN RUNPATH and its plugins through the
# qt.conf beside it. Works through symbolic links (~/.local/bin, /usr/local/bin).
self=$(readlink -f -- "$0") || exit 1
prefix=${self%/*/*}
# Plugins of another Qt build crash this one: ignore a system-wide plugin path.
unset QT_PLUGIN_PATH QT_QPA_PLATFORM_PLUGIN_PATH
exec "$prefix/libexec/${self##*/}" "$@"
