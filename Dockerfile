# syntax=docker/dockerfile:1
#
# articlebot: one static binary, the article and a prebuilt index in a
# distroless image that runs as a non-root user.
#
#   docker build -t articlebot \
#     --build-arg VERSION=$(git describe --tags --always --dirty) \
#     --build-arg COMMIT=$(git rev-parse --short HEAD) .
#   docker run --rm -e TELEGRAM_BOT_TOKEN=... articlebot
#
# The HTTP side listens on 0.0.0.0:8080 so that -p, health checks, Prometheus
# and the Telegram webhook can reach it. Off loopback, POST /v1/ask needs a
# bearer token: without ARTICLEBOT_HTTP_TOKEN the service still starts (health,
# metrics and the webhook work) but /v1/ask answers 401 to everyone.
#
#   docker run --rm -p 127.0.0.1:8080:8080 \
#     -e ARTICLEBOT_HTTP_TOKEN=$(openssl rand -hex 32) articlebot
#
# For a loopback-only API, -e ARTICLEBOT_LISTEN=127.0.0.1:8080 (the
# HEALTHCHECK follows ARTICLEBOT_LISTEN).
#
# Secrets (TELEGRAM_BOT_TOKEN, OPENAI_API_KEY, ARTICLEBOT_HTTP_TOKEN,
# ARTICLEBOT_WEBHOOK_SECRET) are given at run time only, never here.

ARG GO_VERSION=1.26

FROM golang:${GO_VERSION} AS build
WORKDIR /src
ENV GOFLAGS=-buildvcs=false
# The dependencies are vendored: the build needs no network.
COPY . .
ARG VERSION=dev
ARG COMMIT=unknown
# Static, reproducible binary; the prompts are inside it (go:embed).
RUN --mount=type=cache,target=/root/.cache/go-build \
    CGO_ENABLED=0 go build -trimpath -ldflags "-s -w -X main.version=${VERSION} -X main.commit=${COMMIT}" -o /out/articlebot ./cmd/articlebot
# Build the index now, so a new container answers its first question at once.
# It is written by root with private directories; make it readable (not
# writable) for the nonroot user of the final image.
RUN ARTICLEBOT_DATA=/src/data ARTICLEBOT_INDEX_DIR=/index /out/articlebot index \
    && chmod -R a+rX,go-w /index

FROM gcr.io/distroless/static-debian12:nonroot
ARG VERSION=dev
ARG COMMIT=unknown
LABEL org.opencontainers.image.title="articlebot" \
      org.opencontainers.image.description="Answers questions about a news article with verbatim citations" \
      org.opencontainers.image.version="${VERSION}" \
      org.opencontainers.image.revision="${COMMIT}"
COPY --from=build /out/articlebot /articlebot
COPY --from=build /src/data /data
# Owned by root: the index is read-only for the service, identical in every
# replica. (A changed article or embedding model is indexed in memory.)
COPY --from=build /index /index
ENV ARTICLEBOT_DATA=/data \
    ARTICLEBOT_INDEX_DIR=/index \
    ARTICLEBOT_LISTEN=0.0.0.0:8080
USER nonroot:nonroot
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=10s --retries=3 \
    CMD ["/articlebot", "healthcheck"]
ENTRYPOINT ["/articlebot"]
CMD ["serve"]
