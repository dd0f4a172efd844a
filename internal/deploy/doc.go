// Package deploy holds no code: its tests check the Dockerfile, the
// .dockerignore and compose.yaml at the module root, since no Docker engine
// runs where the tests do. They read the Dockerfile's structure (stages,
// user, health check, secrets) and run its exact `go build` command on a
// copy of the build context filtered by .dockerignore.
package deploy
