// Mistake: counts[predicted][true] instead of counts[true][predicted]: rows are predictions, columns true classes
// Look at: which index of counts is the true class and which the prediction
// Exercise: confusion
/**
 * Returns the confusion matrix counts[t][p]: how many examples of true class t were predicted as
 * class p, for classes 0..classes-1.
 */
int[][] confusionMatrix(int[] predicted, int[] labels, int classes) {
    int[][] counts = new int[classes][classes];
    for (int i = 0; i < labels.length; i++) {
        counts[predicted[i]][labels[i]]++;
    }
    return counts;
}

/** Returns the fraction of correct predictions a confusion matrix records: its diagonal over its total. */
double accuracy(int[][] confusion) {
    long correct = 0;
    long total = 0;
    for (int t = 0; t < confusion.length; t++) {
        for (int p = 0; p < confusion[t].length; p++) {
            total += confusion[t][p];
            if (t == p) {
                correct += confusion[t][p];
            }
        }
    }
    return (double) correct / total;
}
