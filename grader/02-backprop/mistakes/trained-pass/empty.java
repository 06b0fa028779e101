// Mistake: records no prediction
// Prediction: trained-pass
predict("trained-pass", "");
