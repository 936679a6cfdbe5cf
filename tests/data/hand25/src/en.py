# blind26 -- English (en), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    # ---------------------------------------------------------------- 1-4 safety
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Martin Osei <m.osei@fastpost.example>",
         to="customercare@terraceheat.example",
         subject="PH-900 patio heater - hissing at the base",
         body="""\
Hello,

We bought the PH-900 patio heater from you in October (order TH-558120). Last night my wife
turned the knob to light it for our daughter's birthday and there was a loud hissing from the
base, just where the hose joins the regulator. The whole terrace smelled of rotten eggs. We
closed the valve on the bottle and carried the bottle down to the end of the garden.

This morning I opened the valve again for a few seconds to check, with the heater switched off,
and the hissing and the smell came straight back. I brushed some washing-up water on the
connector and it bubbles.

The heater is now standing at the back of the garden with the bottle disconnected. What should
we do with it? Can someone collect it? I'd rather not put it in the car with the kids.

Martin Osei
14 Larkfield Road"""),

    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Aisha Rahman <aisha.r88@mailbox.example>",
         to="parents@littlegrain-nutrition.example",
         subject="Pieces in tin of Stage 1 formula",
         body="""\
Hi, I opened a new 800g tin of your Stage 1 this morning (bottom of the tin says L26 0914 B)
and made up a bottle for our 7 week old. Halfway through she started gagging and I pulled a
hard clear piece of plastic about the size of a fingernail out of her mouth. When I tipped the
rest of the powder onto a plate there were two more, one with a sharp edge.
She seems ok now but she has been sick twice since. GP appointment at 3.
I've kept the tin, the scoop and the pieces in a freezer bag.
Please call me back on 07700 900418.
Aisha

Sent from my phone"""),

    dict(n=3, signals="safety", priority="critical", trap="question", qt=0, reply=0,
         frm="Dorothy Pemberton <dot.pemberton@oldmail.example>",
         to="help@sonicpro-dental.example",
         subject="Question about the charging stand",
         body="""\
Good afternoon,

Is it normal that the charging stand of my SonicPro 5 toothbrush gets so hot after an hour
that I cannot keep my hand on it? I noticed today that the plastic around the little metal
pin has gone soft and a brownish colour, and there is a sharp smell in the bathroom like a
hairdryer that has been left on too long. The brush itself still works perfectly well.

I have unplugged it for now. It normally stands on the shelf above the washing machine, next
to the towels.

I bought it at Christmas from your website, my grandson set up the order for me.

Kind regards,
Dorothy Pemberton (Mrs)"""),

    dict(n=4, signals="safety", priority="critical", trap="data", qt=0, reply=0,
         frm="Leah Brandt <leah.brandt@norland-foods.example>",
         to="itservicedesk@norland-foods.example",
         subject="HR-Confidential folder open to everyone?",
         body="""\
Hi IT,

I was looking for the holiday planner on the S: drive this morning and ended up in the folder
called HR-Confidential. I could open everything in it: passport scans, sick notes, salary
letters, what look like disciplinary files. I checked with Tomasz in the warehouse and with
Priya (contractor, on her own laptop via VPN) and they can open it as well.

I closed it straight away and haven't copied or forwarded anything. No idea how long it has
been like this - some of the files have a "last opened" date from people I don't think are
in HR.

Can you lock it down as soon as possible? I've only told you, not my manager, because I wasn't
sure who else should know.

Thanks,
Leah Brandt
Accounts Payable, Finance"""),

    # ---------------------------------------------------------------- 5-9 outage
    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Gareth Lowe <gareth.lowe@homeplus-stores.example>",
         to="retailsupport@tillsystems.example",
         subject="tills north region",
         body="""\
Every till in the north region (14 stores) sits on "Connecting to price service..." after each
scan since about 8:40. Staff can't ring anything through, queues out of the door in Leeds and
York, managers are sending customers away. Need someone on this NOW.
Gareth Lowe, Regional Ops Manager
07700 900761

Sent from my iPhone"""),

    dict(n=6, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Bernadette Okafor <bernadette.okafor@stmarys-trust.example>",
         to="servicedesk@stmarys-trust.example",
         subject="Ward tablets - medication chart stays blank (Wards 6, 7, 9)",
         body="""\
Hello Service Desk,

Since the start of the night shift (approx. 20:15) none of the ward tablets on Wards 6, 7 and
9 will open the medication chart. The patient list comes up, but when you tap a patient the
chart stays white with the little circle going round. We have restarted the tablets and tried
the desktop PC at the nurses' station as well - same thing.

That is every nurse on three wards, about 40 staff tonight and 96 patients. We are doing the
22:00 round from the paper backup and phoning pharmacy for every change, which is taking us
twice as long.

Please ring the nurse in charge on ext. 4471.

Sister Bernadette Okafor
Nurse in Charge, Ward 7"""),

    dict(n=7, signals="outage", priority="high", trap="effect", qt=0, reply=0,
         frm="Jonas Whitfield <jonas@tidewater-labs.example>",
         to="support@shipyard-ci.example",
         subject="All our pipelines stuck in 'Queued' since this morning",
         body="""\
Hi,

Org: tidewater-labs. Since about 07:30 CET every pipeline we start stays in "Queued". Nothing
has picked up a job in five hours; the oldest waiting run is #18822. Cancelling and re-running
doesn't change anything, and our self-hosted runner shows as connected and idle. Everyone on
the team sees the same.

We have a fix for a customer-facing bug merged on main and can't get it out, because the
deploy step runs in CI. Your status page says all green.

Could you check whether job dispatch is working for our org?

Jonas Whitfield
Tidewater Labs"""),

    dict(n=8, signals="outage", priority="medium", trap="deadline", qt=0, reply=0,
         frm="Robert Ainsworth <r.ainsworth@hillview.example>",
         to="planning.portal@westmere-council.example",
         subject="Drawings won't attach to planning application",
         body="""\
Dear Sir or Madam,

I am trying to submit a householder planning application through the online portal (draft
reference HPA/2026/03317). When I attach the drawings (one PDF, 14 MB) the progress bar
reaches 100%, then the page reloads and the list of attachments is empty again. I have tried
Firefox and Edge, and a reduced version of the file (6 MB), with the same result. The site
location plan (800 KB) attaches without any trouble.

There is no great hurry, as our architect tells me the cut-off for the next committee round
is 15 January, but I would be grateful if you could look into it or tell me another way to
send the drawings.

Yours faithfully,
Robert Ainsworth"""),

    dict(n=9, signals="outage", priority="high", trap="escalation", qt=0, reply=1,
         frm="Catherine Vance <c.vance@marlowgroup.example>",
         to="av-support@marlowgroup.example",
         subject="Re: [INC-20931] Boardroom 4.12 - screen and camera dead in Teams calls",
         body="""\
Third time I'm writing. Nothing has changed. The board meets in 4.12 tomorrow at 9:00 with two
members joining from Singapore. I need someone physically in that room today, please.

Catherine Vance
Executive Assistant to the CEO

On Wed, 4 Nov 2026 at 16:02, Catherine Vance <c.vance@marlowgroup.example> wrote:
> Hello again, any update on this? The room is still unusable for calls and I've had to move
> two meetings to 3.05.
>
> On Mon, 2 Nov 2026 at 10:47, Catherine Vance <c.vance@marlowgroup.example> wrote:
> Hi, when we start a Teams meeting from the touch panel in boardroom 4.12, the big screen
> stays black and the camera light never comes on. People dialling in can hear us but can't
> see the room or the slides. Rebooting the panel made no difference. Could someone take a
> look?"""),

    # ---------------------------------------------------------------- 10-13 payment
    dict(n=10, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="Mihai Popescu <mihai.popescu@postbox.example>",
         to="help@citylink-travel.example",
         subject="Monthly ticket paid two times",
         body="""\
Hello,

I buy the monthly ticket zone 1-3 in your app on 1 November. The app show "Something went
wrong, please try again" so I press again and then it worked. Now in my bank I see two times
GBP 148.20 from CityLink Travel on 01/11. In the app I have only one ticket.

Please can you give back the second payment, this is a lot of money for me.

Thank you
Mihai Popescu"""),

    dict(n=11, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="Helen Marsh <helen.marsh@quickmail.example>",
         to="orders@keenedge-kitchen.example",
         subject="STILL no refund for returned mandoline - order KE-40917",
         body="""\
I returned the V-slicer mandoline on 22 September because the hand guard didn't fit the
frame. Your courier collected it and the tracking shows it was delivered to your warehouse on
25 September.

Your website says refunds take 5-7 working days. It has now been SIX WEEKS. I've had two
emails saying "your return is being processed" and nothing since, and nobody answers the
phone number on your site.

I want the 64.99 back on my card this week, or I'm doing a chargeback through my bank and
leaving a review that tells people exactly how this went.

Helen Marsh"""),

    dict(n=12, signals="payment", priority="high", trap="-", qt=0, reply=0,
         frm="Nadia Reyes <nadia@curlandco.example>",
         to="sellers@shelfmarket.example",
         subject="October payout not received - need it for wages Friday",
         body="""\
Hi,

Our payout for October sales (statement PO-2026-10-7781, GBP 8,430.16) was due on 3 November
and still hasn't arrived in our business account. The seller dashboard says "Paid" with
3 November as the date, but our bank has nothing incoming and no returned payment either. Our
bank details haven't changed since June.

We're a small hair products business with four staff and wages go out on Friday. I need to
know today where this money is, or at least a payment reference our bank can trace.

Many thanks,
Nadia Reyes
Curl & Co. Ltd - seller ID 55120"""),

    dict(n=13, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="Priyanka Shah <p.shah@norland-foods.example>",
         to="billing@stockline-erp.example",
         subject="Invoice INV-26-11-0442 - user count wrong",
         body="""\
Hello billing team,

Our November invoice charges 120 named users for the StockLine ERP subscription. We reduced to
85 users with effect from 1 October, which your account manager Owen confirmed in writing on
18 September (happy to forward his email). The difference is 35 x GBP 42 = GBP 1,470 plus VAT.

Please issue a corrected invoice or a credit note. Our accounts payable team won't release the
current one. Terms are 30 days so it's not an emergency, but I'd like it sorted before month
end.

Regards,
Priyanka Shah
Head of Finance, Norland Foods Ltd"""),

    # ---------------------------------------------------------------- 14-17 account
    dict(n=14, signals="account", priority="medium", trap="-", qt=0, reply=0,
         frm="Daniel Kowalczyk <d.kowalczyk@brightpath-dev.example>",
         to="support@shipyard-ci.example",
         subject="Verification code email never arrives",
         body="""\
Hi, since moving to a new laptop I'm asked for an email verification code when I sign in.
I've requested it five times in the last two hours - nothing in inbox, spam or quarantine. Our
mail admin says nothing from your login domain reached our server today, although the build
notification emails from you still come through fine.
Username d.kowalczyk. Can you check if it's being blocked, or verify me some other way? I can
still work from my old desktop for today.
Thanks, Daniel"""),

    dict(n=15, signals="account", priority="high", trap="-", qt=0, reply=0,
         frm="Ruth Kinsella <ruth.kinsella@harbourline.example>",
         to="support@faregate-api.example",
         subject="Locked out - phone with authenticator app lost in the harbour",
         body="""\
Hello,

My phone went into the harbour yesterday (long story) and with it the authenticator app for my
login on your platform. I didn't keep the recovery codes - I know, I know.

The problem is that I'm the only admin on our team account (team: harbourline-tickets), so
nobody else here can reset anything. Our API key for the ticket machines on the quay expires on
Sunday and can only be rotated from the dashboard. If it lapses, the machines stop selling
tickets.

What do you need from me to prove who I am? I can send ID, the last four digits of the card we
pay with, copies of invoices, whatever it takes.

Ruth Kinsella
Operations Manager, Harbourline Ferries"""),

    dict(n=16, signals="account", priority="medium", trap="question", qt=0, reply=0,
         frm="Laura Finch <laura.finch@brookside-insure.example>",
         to="itservicedesk@brookside-insure.example",
         subject="Account disabled after leave?",
         body="""\
Hi,

I'm back today after 9 months of parental leave. Is it normal that my Windows login now says
"Your account has been disabled. Please see your system administrator"? I'm writing this from
a colleague's PC.

My manager (Simon Reid, Customer Service) knows I'm back. I'm in a refresher training session
until lunchtime anyway, so it would be great if I could log in this afternoon.

Laura Finch
Employee no. 40318, Customer Service team 2, desk 3.14"""),

    dict(n=17, signals="account", priority="medium", trap="-", qt=0, reply=0,
         frm="Margaret Hale <margaret.hale@homemail.example>",
         to="customerservice@vitalwell-supplements.example",
         subject="Please close my late husband's account",
         body="""\
Dear Sirs,

My husband Geoffrey, who died in August, had an account with you for his vitamin tablets. I
still receive e-mails addressed to him every week offering special prices, which I find
rather upsetting.

I should like the account closed and his details removed from your records. I do not know his
password. The account was registered to ghale1947@homemail.example.

I should be grateful if you would write to confirm when this has been done.

Yours faithfully,
Margaret Hale (Mrs)"""),

    # ---------------------------------------------------------------- 18-22 hard negatives
    dict(n=18, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Tom Ellery <tom@fringebenefits-hair.example>",
         to="trade@wildcurl-cosmetics.example",
         subject="Reorder - the new curl cream is killing it",
         body="""\
Hi Jess,

Quick one - the Wild Curl defining cream is an absolute killer. We sold all 48 in under two
weeks and clients are dying to get their hands on the 500 ml size. Can we bump the standing
order to 96 a month and add 24 of the big tubs? Same delivery address as always.

Cheers,
Tom @ Fringe Benefits Hair Studio"""),

    dict(n=19, signals="-", priority="low", trap="product-name", qt=0, reply=0,
         frm="Adebayo Nwosu <bursar@greenbank-primary.example>",
         to="sales@playforge-outdoor.example",
         subject="Crash Pad tiles for the Volcano climbing dome",
         body="""\
Good morning,

We are ordering the Volcano climbing dome for the new infant playground (your quote Q-7730).
Our groundworks contractor has asked whether your Crash Pad rubber tiles in 60 mm are rated for
the fall height of the dome, or whether we need the 80 mm version. Could you send the test
certificate for each, and the price difference for 48 square metres?

Best wishes,
Mr A. Nwosu
School Business Manager, Greenbank Primary School"""),

    dict(n=20, signals="-", priority="low", trap="outage", qt=1, reply=1,
         frm="Ian Castell <ian.castell@marlowgroup.example>",
         to="facilities@marlowgroup.example",
         subject="Re: Badge readers, Building C",
         body="""\
Thanks Marco, can confirm my badge opens the C entrance and the 2nd floor doors again.
Much appreciated.

Ian

On Thu, 5 Nov 2026 at 11:20, Facilities Helpdesk <facilities@marlowgroup.example> wrote:
> Hi Ian,
>
> The outage affecting the badge readers in Building C has been resolved. The door controller
> lost its connection to the access server after last night's power cut and has now been
> restarted.
>
> Please let us know if your badge still doesn't work.
>
> Marco
> Facilities Helpdesk, ext. 2200"""),

    dict(n=21, signals="-", priority="low", trap="password-howto", qt=0, reply=0,
         frm="Ben Hargreaves <ben.hargreaves@northgate-wholesale.example>",
         to="support@stockline-erp.example",
         subject="Password on scheduled stock valuation export?",
         body="""\
Hello,

Is there a way to put a password on the stock valuation exports before they are emailed out?
Our auditors want the monthly Excel file protected, and at the moment I open each one and add
a password by hand. If the scheduled export can do it automatically, where is the setting?

Thanks,
Ben Hargreaves
Warehouse Controller"""),

    dict(n=22, signals="-", priority="low", trap="presales", qt=0, reply=0,
         frm="Sofia Lindqvist <sofia.lindqvist@northstar-contact.example>",
         to="sales@voxbridge-api.example",
         subject="Before we sign - failed payments and outages",
         body="""\
Hi,

We are comparing voice/SMS APIs for our contact centre (about 60 agents). Our procurement team
has two questions before we can sign:

1. If a monthly card payment fails, do you suspend the account straight away, or is there a
   grace period?
2. Do you publish an SLA for outages, and are there service credits if you miss it?

If there is a standard contract or a PDF that covers this, that would be perfect.

Kind regards,
Sofia Lindqvist
Operations Lead, Northstar Contact Ltd"""),

    # ---------------------------------------------------------------- 23-24 context
    dict(n=23, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Kerry Doyle <kerry.doyle@northstar-contact.example>",
         to="it-helpdesk@northstar-contact.example",
         subject="Headset audio drops after ~10 min in softphone",
         body="""\
Hi team,

Since the softphone update on Tuesday, 8 agents on the sales floor lose audio on their USB
headsets after about 10 minutes in a call - the customer can still hear us but we hear
nothing. Unplugging and plugging the headset back in fixes it for another 10 minutes or so.

For now we've moved those 8 onto the old desk phones on the back row and calls are going
through fine, so not urgent today. We can't stay like this past next week though, as we need
those desks for the new starters.

PCs affected include SALES-PC-021 and SALES-PC-034 if you want to look at the logs.

Thanks,
Kerry Doyle
Team Leader, Sales"""),

    dict(n=24, signals="outage,account", priority="critical", trap="scale", qt=0, reply=0,
         frm="Owen Pritchard <o.pritchard@greenfield-academy.example>",
         to="support@examlink-edu.example",
         subject="URGENT - no student can sign in, exams start 10:00",
         body="""\
Hi,

This is Greenfield Academy (tenant greenfield-acad). Since 8:15 not a single student is
receiving the text message code when signing in to the exam platform. Staff accounts using
the app are fine.

We have 1,180 students in Years 10-13 sitting online mock exams from 10:00 in the sports hall
and the IT rooms, all on the exam laptops, and every one of them is stuck on "Enter the code
we sent to your phone".

Can you tell me whether the SMS side is failing on your end, and whether you can switch our
students to another sign-in method for today?

IT office: 01632 960274

Owen Pritchard
Network Manager, Greenfield Academy"""),
]
