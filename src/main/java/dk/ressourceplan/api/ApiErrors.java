package dk.ressourceplan.api;

import dk.ressourceplan.domain.InvalidInputException;
import dk.ressourceplan.domain.ValidationError;
import dk.ressourceplan.plans.PlanConflict;
import dk.ressourceplan.plans.ShuttingDown;
import dk.ressourceplan.plans.Refused;
import dk.ressourceplan.plans.UploadsBusy;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Header;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every error the API answers, mapped in this one place to {@code {"errors":[{"path","message","messageDa"}]}}.
 * A client never sees a stack trace: what nobody foresaw is logged here and answered with a generic 500.
 */
final class ApiErrors {

    private static final Logger LOG = LoggerFactory.getLogger(ApiErrors.class);

    record Body(List<?> errors) {
    }

    private final long maxBodyBytes;

    ApiErrors(long maxBodyBytes) {
        this.maxBodyBytes = maxBodyBytes;
    }

    void register(RoutesConfig routes) {
        // A workbook's errors also say where: sheet, row and column header.
        routes.exception(InvalidInputException.class, (e, ctx) -> answer(ctx, 400, e.details()));
        routes.exception(ApiException.class, (e, ctx) -> answer(ctx, e));
        routes.exception(Refused.class, (e, ctx) -> answer(ctx, status(e.why()), List.of(e.error())));
        routes.exception(PlanConflict.class, (e, ctx) -> answer(ctx, new ApiException(409, "$", e.getMessage(),
                e.messageDa())));
        routes.exception(ShuttingDown.class, (e, ctx) -> answer(ctx, new ApiException(503, "$", e.getMessage(),
                e.messageDa())));
        routes.exception(UploadsBusy.class, (e, ctx) -> answer(ctx.header(Header.RETRY_AFTER,
                String.valueOf(e.retryAfterSeconds())), new ApiException(503, "$", e.getMessage(), e.messageDa())));
        // The store's rules (publish only a complete solution, never change a complete revision) say why.
        routes.exception(IllegalStateException.class, (e, ctx) -> answer(ctx, 409, List.of(new ValidationError("$",
                e.getMessage(), "Det kan ikke lade sig gøre, som planen står nu."))));
        routes.exception(HttpResponseException.class, (e, ctx) -> answer(ctx, e.getStatus(), List.of(http(e, ctx))));
        routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
            answer(ctx, 500, List.of(new ValidationError("$",
                    "Something went wrong on the server; the details are in the server's log.",
                    "Der gik noget galt på serveren; detaljerne står i serverens log.")));
        });
    }

    private static int status(Refused.Why why) {
        return switch (why) {
            case NOT_FOUND -> HttpStatus.NOT_FOUND.getCode();
            case BAD_REQUEST -> HttpStatus.BAD_REQUEST.getCode();
            case FORBIDDEN -> HttpStatus.FORBIDDEN.getCode();
            case CONFLICT -> HttpStatus.CONFLICT.getCode();
        };
    }

    private static void answer(Context ctx, ApiException e) {
        answer(ctx, e.status(), List.of(e.error()));
    }

    private static void answer(Context ctx, int status, List<?> errors) {
        if (status == HttpStatus.UNAUTHORIZED.getCode()) {
            ctx.header(Header.WWW_AUTHENTICATE, "Bearer");
        }
        ctx.status(status).json(new Body(errors));
    }

    private ValidationError http(HttpResponseException e, Context ctx) {
        if (e.getStatus() == HttpStatus.CONTENT_TOO_LARGE.getCode()) {
            return new ValidationError("$", "The request body is larger than the limit of " + megabytes() + " MB.",
                    "Forespørgslen er større end grænsen på " + megabytes() + " MB.");
        }
        if (e.getStatus() == HttpStatus.NOT_FOUND.getCode()) {
            return new ValidationError("$", "There is nothing at " + ctx.method() + " " + ctx.path() + ".",
                    "Der er intet på " + ctx.method() + " " + ctx.path() + ".");
        }
        return new ValidationError("$", e.getMessage(), "Forespørgslen kunne ikke gennemføres: " + e.getMessage());
    }

    private String megabytes() {
        double megabytes = maxBodyBytes / (1024.0 * 1024.0);
        return megabytes == Math.rint(megabytes) ? String.valueOf((long) megabytes) : String.format("%.1f", megabytes);
    }
}
