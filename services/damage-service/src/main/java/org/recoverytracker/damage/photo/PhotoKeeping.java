package org.recoverytracker.damage.photo;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpStatus;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.recoverytracker.intake.problem.Problem.InvalidParam;
import org.recoverytracker.intake.problem.ProblemException;
import org.recoverytracker.intake.security.audit.AuditEntry;
import org.recoverytracker.intake.security.audit.AuditLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeping the photos of a report: an image of a known kind (its bytes must say JPEG, PNG or WebP, not only its
 * header), no larger than the limit, under the id the phone chose. The same bytes again are answered as before;
 * other bytes under that id are a conflict.
 */
@Singleton
public class PhotoKeeping {
    private static final Logger LOG = LoggerFactory.getLogger(PhotoKeeping.class);

    private final PhotoStore store;
    private final AuditLog audit;
    private final Clock clock;
    private final int maxBytes;

    PhotoKeeping(PhotoStore store, AuditLog audit, Clock clock, @Value("${recovery.damage.photo-max-bytes:1000000}") int maxBytes) {
        this.store = store;
        this.audit = audit;
        this.clock = clock;
        this.maxBytes = maxBytes;
    }

    /** What the client is told, and whether this call stored the photo (201) or found it already stored (200). */
    public record Kept(boolean created, PhotoView photo) {
    }

    @Transactional
    public Kept keep(UUID reportId, UUID photoId, String contentType, byte[] bytes, String user) {
        if (bytes.length > maxBytes) {
            throw new ProblemException(HttpStatus.REQUEST_ENTITY_TOO_LARGE, "photo-too-large",
                    "the photo has " + bytes.length + " bytes; at most " + maxBytes + " are kept",
                    List.of(new InvalidParam("photo", "larger than " + maxBytes + " bytes")));
        }
        ImageKind kind = ImageKind.of(bytes).orElseThrow(() -> ProblemException.unprocessable("photo",
                "not a JPEG, PNG or WebP image"));
        if (!kind.mediaType().equals(mediaType(contentType))) {
            throw ProblemException.unprocessable("photo", "the bytes are " + kind.mediaType() + ", not " + contentType);
        }
        if (!store.lockReport(reportId)) {
            throw ProblemException.notFound("no report " + reportId);
        }
        String sha256 = sha256(bytes);
        return store.find(reportId, photoId).map(existing -> {
            if (!existing.sha256().equals(sha256)) {
                throw ProblemException.conflict("photo " + photoId + " of report " + reportId + " was already uploaded with other bytes");
            }
            return new Kept(false, existing);
        }).orElseGet(() -> {
            PhotoView photo = new PhotoView(reportId, photoId, kind.mediaType(), bytes.length, sha256, user, clock.instant());
            store.insert(photo, bytes);
            // a photo has no event of its own, so it is audited here, in the same transaction
            audit.record(new AuditEntry(photoId, null, photo.uploadedAt(), user, "DamageReportPhotoAdded", reportId.toString(), null,
                    "photo " + photoId + ", " + bytes.length + " bytes"));
            LOG.info("photo {} of report {} kept ({} bytes)", photoId, reportId, bytes.length);
            return new Kept(true, photo);
        });
    }

    @ReadOnly
    public List<PhotoView> ofReport(UUID reportId) {
        if (!store.reportExists(reportId)) {
            throw ProblemException.notFound("no report " + reportId);
        }
        return store.ofReport(reportId);
    }

    /** The photo and its bytes; 404 for an unknown report or photo. */
    @ReadOnly
    public Image image(UUID reportId, UUID photoId) {
        PhotoView photo = store.find(reportId, photoId)
                .orElseThrow(() -> ProblemException.notFound("no photo " + photoId + " of report " + reportId));
        return new Image(photo, store.bytes(reportId, photoId).orElseThrow());
    }

    public record Image(PhotoView photo, byte[] bytes) {
    }

    private static String mediaType(String contentType) {
        return contentType == null ? "" : contentType.split(";")[0].trim().toLowerCase(Locale.ROOT);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
