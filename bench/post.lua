-- wrk script: POSTs the JSON file named by the BODY environment variable.
local file = assert(io.open(os.getenv("BODY"), "r"))
wrk.method = "POST"
wrk.body = file:read("*a")
wrk.headers["Content-Type"] = "application/json"
-- ACCEPT_ENCODING=gzip asks for compressed answers, as browsers and most HTTP clients do.
local encoding = os.getenv("ACCEPT_ENCODING")
if encoding and encoding ~= "" then
  wrk.headers["Accept-Encoding"] = encoding
end
file:close()
