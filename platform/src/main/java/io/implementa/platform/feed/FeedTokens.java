package io.implementa.platform.feed;

import io.implementa.platform.config.PlatformConfig;
import io.implementa.platform.http.PageRequest;
import io.implementa.platform.http.PageView;
import io.implementa.platform.http.ProblemException;
import io.implementa.platform.security.Memberships;
import io.implementa.platform.security.ProjectAccess;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * This service's feed tokens (table {@code feed_token}): created by a person for one scope, the secret shown
 * once and stored as its SHA-256, listed to their owner without secrets, revoked by their owner. A token is
 * checked again on every use: unrevoked, and for a project feed its owner still a member of the project.
 */
@ApplicationScoped
public class FeedTokens {

    /** How often a token's {@code lastUsedAt} is written at most (calendar clients poll every few minutes). */
    static final Duration USE_RECORDED_EVERY = Duration.ofMinutes(10);

    private static final SecureRandom RANDOM = new SecureRandom();

    private final EntityManager em;
    private final Clock clock;
    private final Memberships memberships;
    private final ProjectAccess access;
    private final PlatformConfig config;

    public FeedTokens(EntityManager em, Clock clock, Memberships memberships, ProjectAccess access,
            PlatformConfig config) {
        this.em = em;
        this.clock = clock;
        this.memberships = memberships;
        this.access = access;
        this.config = config;
    }

    /** A token as its owner sees it: never its secret. */
    public record Token(UUID id, FeedScope scope, UUID projectId, String label, Instant createdAt,
            Instant lastUsedAt, Instant revokedAt) {
    }

    /** A new token with its secret, which exists nowhere else after this answer. */
    public record Issued(Token token, String secret) {
    }

    /**
     * Issues a token for the owner. A project feed needs the owner to be a member of the project (any role):
     * others get 404 as on every route of the project, and admins or portfolio viewers who are not members a
     * 422, because their global role lives in their bearer token and could not be checked again on each use.
     */
    @Transactional
    public Issued issue(String owner, FeedScope scope, UUID projectId, String label) {
        String scopeId;
        if (scope == FeedScope.PROJECT) {
            if (projectId == null) {
                throw new ProblemException.Unprocessable("projectId", "a PROJECT feed token names its project");
            }
            if (memberships.roleOf(projectId, owner).isEmpty()) {
                access.requireRead(projectId);
                throw new ProblemException.Unprocessable("projectId",
                        "project feeds are for the project's members; you read it by a global role only");
            }
            scopeId = projectId.toString();
        } else {
            if (projectId != null) {
                throw new ProblemException.Unprocessable("projectId", "a PERSON feed token names no project");
            }
            scopeId = owner;
        }
        long active = ((Number) em.createNativeQuery(
                        "select count(*) from feed_token where owner_subject = ?1 and revoked_at is null")
                .setParameter(1, owner).getSingleResult()).longValue();
        if (active >= config.feed().maxActivePerOwner()) {
            throw new ProblemException.Conflict("feed-token-limit", "Too many feed tokens",
                    "you hold " + active + " unrevoked feed tokens in this service, the most allowed; revoke one first");
        }
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        UUID id = UUID.randomUUID();
        OffsetDateTime now = OffsetDateTime.now(clock);
        em.createNativeQuery("""
                insert into feed_token (id, owner_subject, scope, scope_id, label, secret_sha256, created_at)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7)
                """)
                .setParameter(1, id).setParameter(2, owner).setParameter(3, scope.name()).setParameter(4, scopeId)
                .setParameter(5, label).setParameter(6, sha256(secret)).setParameter(7, now)
                .executeUpdate();
        return new Issued(new Token(id, scope, projectId, label, now.toInstant(), null, null), secret);
    }

    /** The owner's tokens, newest first (or oldest first with {@code sort=createdAt}), revoked ones included. */
    public PageView<Token> of(String owner, PageRequest page) {
        String order = switch (page.sort == null ? "-createdAt" : page.sort) {
            case "createdAt" -> "created_at, id";
            case "-createdAt" -> "created_at desc, id";
            default -> throw new ProblemException.Unprocessable("sort", "feed tokens sort by createdAt or -createdAt");
        };
        long total = ((Number) em.createNativeQuery("select count(*) from feed_token where owner_subject = ?1")
                .setParameter(1, owner).getSingleResult()).longValue();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select id, scope, scope_id, label, created_at, last_used_at, revoked_at
                from feed_token where owner_subject = ?1 order by\s""" + order)
                .setParameter(1, owner).setFirstResult(page.page * page.size).setMaxResults(page.size)
                .getResultList();
        List<Token> items = rows.stream().map(FeedTokens::token).toList();
        return new PageView<>(items, page.page, page.size, total, (int) ((total + page.size - 1) / page.size));
    }

    /** Revokes one of the owner's tokens (again: nothing changes); someone else's token is 404. */
    @Transactional
    public void revoke(String owner, UUID id) {
        int found = em.createNativeQuery("""
                update feed_token set revoked_at = coalesce(revoked_at, ?3) where id = ?1 and owner_subject = ?2
                """)
                .setParameter(1, id).setParameter(2, owner).setParameter(3, OffsetDateTime.now(clock))
                .executeUpdate();
        if (found == 0) {
            throw new ProblemException.NotFound("feed token", id);
        }
    }

    /**
     * What the secret grants now: an unrevoked token of the scope whose owner may still read it (a project
     * feed's owner is still a member of the project). Empty for anything else, without saying why.
     */
    @Transactional
    public Optional<FeedGrant> grantFor(String secret, FeedScope scope, UUID projectId) {
        if (secret == null || secret.isBlank() || secret.length() > 200) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select id, owner_subject, scope, scope_id, last_used_at from feed_token
                where secret_sha256 = ?1 and revoked_at is null
                """).setParameter(1, sha256(secret)).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = rows.get(0);
        FeedGrant grant = new FeedGrant((UUID) row[0], (String) row[1], FeedScope.valueOf((String) row[2]),
                (String) row[3]);
        if (grant.scope() != scope) {
            return Optional.empty();
        }
        if (scope == FeedScope.PROJECT && (!grant.projectId().equals(projectId)
                || memberships.roleOf(projectId, grant.ownerSubject()).isEmpty())) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Instant lastUsed = instant(row[4]);
        if (lastUsed == null || lastUsed.isBefore(now.minus(USE_RECORDED_EVERY))) {
            em.createNativeQuery("update feed_token set last_used_at = ?2 where id = ?1")
                    .setParameter(1, grant.tokenId()).setParameter(2, OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                    .executeUpdate();
        }
        return Optional.of(grant);
    }

    private static Token token(Object[] row) {
        FeedScope scope = FeedScope.valueOf((String) row[1]);
        return new Token((UUID) row[0], scope, scope == FeedScope.PROJECT ? UUID.fromString((String) row[2]) : null,
                (String) row[3], instant(row[4]), instant(row[5]), instant(row[6]));
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime time) {
            return time.toInstant();
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant();
        }
        throw new IllegalStateException("unexpected timestamp type " + value.getClass());
    }

    static String sha256(String secret) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
