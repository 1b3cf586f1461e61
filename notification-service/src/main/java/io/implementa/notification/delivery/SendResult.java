package io.implementa.notification.delivery;

/** What a channel made of one attempt: the receiver's status code when there was one, or the error. */
public record SendResult(boolean succeeded, Integer statusCode, String error) {

    public static SendResult ok(Integer statusCode) {
        return new SendResult(true, statusCode, null);
    }

    public static SendResult failed(Integer statusCode, String error) {
        return new SendResult(false, statusCode, error);
    }

    /** 410 Gone: the receiver says the endpoint is no more; it is disabled, not retried. */
    public boolean gone() {
        return statusCode != null && statusCode == 410;
    }
}
