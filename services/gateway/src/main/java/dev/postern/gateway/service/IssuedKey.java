package dev.postern.gateway.service;

import dev.postern.gateway.domain.ApiKey;

/** A key just created: the stored record and the secret, which exists only in this response. */
public record IssuedKey(ApiKey stored, String secret) {
}
