// Mistake: counts an equal loss as an improvement (<= instead of <): a plateau resets the patience and replaces the best weights
// Look at: what counts as an improvement: what should a loss exactly equal to the best do?
// Exercise: early-stopping
/**
 * Early stopping as a Trainer callback: watches the validation loss, keeps a copy of the weights
 * of the best epoch, stops once {@code patience} epochs in a row brought no strict improvement,
 * and when training ends puts the best weights back into the model.
 */
class EarlyStopper implements Callback {
    private final int patience;
    private double best = Double.POSITIVE_INFINITY;
    private int bestEpoch = -1;
    private int stoppedEpoch = -1;
    private int waited;
    private List<NdArray> bestWeights;

    EarlyStopper(int patience) {
        this.patience = patience;
    }

    @Override
    public boolean onEpochEnd(History.Epoch epoch, Module model, History history) {
        if (epoch.valLoss() <= best) {
            best = epoch.valLoss();
            bestEpoch = epoch.epoch();
            waited = 0;
            bestWeights = new ArrayList<>();
            for (Tensor p : model.parameters()) {
                bestWeights.add(p.data().copy());
            }
            return false;
        }
        waited++;
        if (waited >= patience) {
            stoppedEpoch = epoch.epoch();
            return true;
        }
        return false;
    }

    @Override
    public void onTrainEnd(Module model, History history) {
        if (bestWeights == null) {
            return;
        }
        List<Tensor> parameters = model.parameters();
        for (int i = 0; i < parameters.size(); i++) {
            InPlace.copyInto(parameters.get(i).data(), bestWeights.get(i));
        }
    }

    /** Returns the epoch whose weights were kept, or -1 before the first epoch. */
    int bestEpoch() {
        return bestEpoch;
    }

    /** Returns the epoch training stopped at, or -1 if it ran to the end. */
    int stoppedEpoch() {
        return stoppedEpoch;
    }
}
