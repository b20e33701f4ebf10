-- wrk: POST the body in $INVITE_BODY with the apiKey in $INVITE_KEY, every request the same.
local file = assert(io.open(os.getenv("INVITE_BODY"), "rb"))
wrk.method = "POST"
wrk.body = file:read("*a")
file:close()
wrk.headers["Content-Type"] = "application/json"
wrk.headers["apiKey"] = os.getenv("INVITE_KEY")
