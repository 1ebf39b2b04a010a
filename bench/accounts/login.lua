-- wrk script: POST /api/v1/auth/login for one bench member (see bench/README.md).
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"login":"bench-user","password":"correct horse battery staple"}'
