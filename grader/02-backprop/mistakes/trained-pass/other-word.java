// Mistake: a word that is none of the options
// Prediction: trained-pass
predict("trained-pass", "passes");
