# SPDX-License-Identifier: MIT
# Shared by the bench/*/run.sh scripts (source it): a free loopback port, and a private nginx that
# serves one JSON file for every path, on 127.0.0.1 only, as the yardstick of a static server.

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

# start_nginx DIR PORT BODY_FILE [WORKERS]: runs nginx in the foreground of a background job (its pid
# is the job's $!), serving BODY_FILE for every path; every file it writes stays under DIR.
start_nginx() {
  local dir=$1 port=$2 body=$3 workers=${4:-1}
  mkdir -p "$dir/www"
  cp "$body" "$dir/www/body.json"
  chmod 755 "$dir" "$dir/www" # nginx workers run as an unprivileged user and must read the body
  cat >"$dir/nginx.conf" <<CONF
daemon off;
master_process on;
worker_processes $workers;
pid $dir/nginx.pid;
error_log $dir/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $dir/client_body;
  proxy_temp_path $dir/proxy;
  fastcgi_temp_path $dir/fastcgi;
  uwsgi_temp_path $dir/uwsgi;
  scgi_temp_path $dir/scgi;
  default_type application/json;
  server {
    listen 127.0.0.1:$port;
    root $dir/www;
    location / { try_files /body.json =404; }
  }
}
CONF
  exec /usr/sbin/nginx -p "$dir" -c "$dir/nginx.conf" 2>"$dir/nginx.stderr"
}
