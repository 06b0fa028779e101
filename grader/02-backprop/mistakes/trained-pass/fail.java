// Mistake: expects 600 steps to leave the network below 0.5
// Look at: what the experiment above printed and drew: does it agree with what you predicted, and why not?
// Prediction: trained-pass
predict("trained-pass", "fail");
